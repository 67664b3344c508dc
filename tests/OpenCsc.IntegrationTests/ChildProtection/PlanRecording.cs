using OpenCsc.Accounts;
using OpenCsc.Audit;
using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Web;
using OpenCsc.Recording;

namespace OpenCsc.IntegrationTests.ChildProtection;

/// <summary>The recording context the plan use-case tests run in: a social worker, at a fixed moment, with the statutory timescales unless told otherwise.</summary>
internal static class PlanRecording
{
    public static async Task<RecordingContext> AsWorkerAsync(
        AppDbContext db, long workerId, DateTimeOffset now, string userName = "ann.worker", StatutoryTimescales? timescales = null, WorkingDayCalendar? calendar = null)
    {
        var clock = new FixedTimeProvider(now);
        var user = new StaffUser(0, "Ann Worker", StaffRole.SocialWorker, workerId);
        ChildScope scope = await ChildScope.ForAsync(db, user, clock.Today(), now.UtcDateTime, TestContext.Current.CancellationToken);
        return new RecordingContext(new AuditContext(userName, userName, "test"), scope, clock, timescales ?? StatutoryTimescales.Default, calendar ?? WorkingDayCalendar.EnglandAndWales());
    }
}
