using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Recording;

/// <summary>
/// Builds the request's <see cref="RecordingContext"/>: the signed-in person as the audit trail names them (the same
/// <see cref="RequestAuditContext"/> the database context was given), their need-to-know scope, the injected clock, and
/// the timescales and calendar in force from the one <see cref="TimescalesProvider"/>.
/// </summary>
public sealed class RecordingContexts(IHttpContextAccessor http, CurrentStaff staff, TimeProvider clock, TimescalesProvider timescales, AppDbContext db)
{
    public async Task<RecordingContext> ForRequestAsync(CancellationToken cancellationToken = default)
    {
        HttpContext context = http.HttpContext ?? throw new InvalidOperationException("A recording context needs a request.");
        TimescalesInForce inForce = await timescales.CurrentAsync(db, cancellationToken);
        return new RecordingContext(RequestAuditContext.From(context), await staff.ScopeAsync(cancellationToken), clock, inForce.Timescales, inForce.Calendar, timescales);
    }
}
