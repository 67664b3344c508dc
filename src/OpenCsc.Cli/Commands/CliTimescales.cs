using Microsoft.Extensions.Configuration;
using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.Web.Recording;

namespace OpenCsc.Cli.Commands;

/// <summary>
/// The timescales and calendar in force for a command: the same provider the web host registers, over the same
/// configuration keys (appsettings.json in the working folder, then environment variables such as
/// Timescales__AssessmentWorkingDays=40 or Calendar__LocalClosureDays__0=2026-12-24), with the changes saved on the
/// timescales page.
/// </summary>
public static class CliTimescales
{
    public static TimescalesProvider Provider() =>
        RecordingServices.Timescales(new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build());

    /// <summary>What is in force, with the calendar table brought into line first (a command starts like the web host).</summary>
    public static async Task<TimescalesInForce> InForceAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        TimescalesInForce inForce = await Provider().CurrentAsync(db, cancellationToken);
        using (db.RecordChangesInBulk("command line: the calendar in force"))
        {
            await CalendarTable.EnsureAsync(db, inForce.Calendar, cancellationToken);
        }

        return inForce;
    }
}
