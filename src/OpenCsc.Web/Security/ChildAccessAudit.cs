using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Audit;
using OpenCsc.Data;

namespace OpenCsc.Web.Security;

/// <summary>
/// Writes what a response showed of children, and what it refused, to the audit trail, naming the signed-in person:
/// as the response starts (before any of it is sent), one View entry naming every child the page declared in
/// <see cref="ShownChildren"/> when the response succeeds (an Export entry for a download), and one Refused entry
/// for every refused request (403) for a child's record, naming the child asked for. Refusals by a page's policy,
/// before the page runs, are recorded too: the child is read from the route. Writing fails the response: a
/// page is never shown without its entry. See docs/decisions/0012-audit-trail.md.
/// </summary>
public static class ChildAccessAudit
{
    private static readonly object Registered = new();

    /// <summary>Place it after authentication and <see cref="RequestAuditContext"/>, before authorisation.</summary>
    public static IApplicationBuilder UseChildAccessAudit(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            // Once per request: a status page re-executing the request must not record it twice.
            if (http.Items.TryAdd(Registered, true))
            {
                var asked = new Asked(
                    http.Request.Path.Value ?? "/",
                    (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText,
                    new RouteValueDictionary(http.Request.RouteValues),
                    http.Request.Query["child"].ToString());
                http.Response.OnStarting(() => WriteAsync(http, asked));
            }

            await next(http);
        });

    private static async Task WriteAsync(HttpContext http, Asked asked)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        ShownChildren shown = http.RequestServices.GetRequiredService<ShownChildren>();
        // Who: the request's context, set by RequestAuditContext before this ran.
        AppDbContext db = http.RequestServices.GetRequiredService<AppDbContext>();
        int status = http.Response.StatusCode;
        var events = new List<AuditEvent>();
        if (status == StatusCodes.Status403Forbidden)
        {
            IReadOnlyCollection<long> refused = shown.Refusals.Count > 0 ? shown.Refusals
                : await asked.ChildAsync(db) is { } child ? [child] : [];
            events.AddRange(refused.Select(c => AuditEvent.Refused(asked.Path, c)));
        }
        else if (status is >= 200 and < 300)
        {
            if (shown.Export is { } export)
            {
                events.Add(AuditEvent.ExportedChildren(export.What, shown.Shown, export.Parameters));
            }
            else if (shown.Shown.Count > 0)
            {
                events.Add(AuditEvent.ViewedChildren(asked.Path, shown.Shown));
            }
        }

        foreach (AuditEvent auditEvent in events)
        {
            // Not the request's token: a page is recorded even when the person has gone by the time it is written.
            await AuditTrail.RecordAsync(db, auditEvent, CancellationToken.None);
        }
    }

    /// <summary>The request as it first came in (a status page re-executing it changes the path and route).</summary>
    private sealed record Asked(string Path, string? Pattern, RouteValueDictionary RouteValues, string QueryChild)
    {
        /// <summary>The child a request refused by its page's policy was about: from the route, or a contact's child.</summary>
        public async Task<long?> ChildAsync(AppDbContext db)
        {
            if (Pattern is null)
            {
                return null;
            }

            if (Pattern.StartsWith("children/{id", StringComparison.Ordinal))
            {
                return Id("id");
            }

            if (Pattern.StartsWith("front-door/contacts/{contact", StringComparison.Ordinal) && Id("contact") is { } contact)
            {
                return await db.Contacts.Where(c => c.Id == contact).Select(c => (long?)c.ChildId).FirstOrDefaultAsync(CancellationToken.None);
            }

            return Pattern == "front-door/contacts/new" && Parse(QueryChild) is { } child ? child : null;
        }

        private long? Id(string name) => Parse(RouteValues.TryGetValue(name, out object? value) ? Convert.ToString(value, CultureInfo.InvariantCulture) : null);

        private static long? Parse(string? text) =>
            long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long id) ? id : null;
    }
}
