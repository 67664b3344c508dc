using Microsoft.EntityFrameworkCore;
using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.Data.Migrations;

namespace OpenCsc.Web.Startup;

/// <summary>
/// Before the server takes requests: brings the schema up to date, brings the calendar table (the working days the
/// indicators count with) into line with the calendar in force, and, when the database holds no children, seeds the
/// demo borough through the registered <see cref="IDemoSeeder"/>. It also loads the DfE's published comparators when
/// none are loaded. Requests then only read the calendar table and the comparators.
/// </summary>
public sealed partial class DatabaseStartup(
    DatabaseSettings settings,
    IServiceProvider services,
    TimescalesProvider timescales,
    ILogger<DatabaseStartup> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        MigrationOutcome outcome = await new DatabaseMigrator(settings).MigrateAsync(cancellationToken: cancellationToken);
        if (outcome.Applied.Count > 0)
        {
            LogMigrated(settings.Description, outcome.FromVersion, outcome.ToVersion);
        }

        bool hasChildren;
        await using (AsyncServiceScope scope = services.CreateAsyncScope())
        {
            AppDbContext db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.AuditContext = OpenCsc.Audit.AuditContext.ForSystem("system:startup");
            using (db.RecordChangesInBulk("start-up: the calendar in force"))
            {
                await CalendarTable.EnsureAsync(db, (await timescales.CurrentAsync(db, cancellationToken)).Calendar, cancellationToken);
            }

            await OpenCsc.Indicators.Comparators.DefaultComparators.EnsureAsync(db, cancellationToken);
            hasChildren = await db.Children.AnyAsync(cancellationToken);
        }

        if (hasChildren)
        {
            return;
        }

        IDemoSeeder? seeder = services.GetService<IDemoSeeder>();
        if (seeder is null)
        {
            LogNoSeeder(settings.Description);
            return;
        }

        LogSeeding();
        await seeder.SeedAsync(settings, cancellationToken);
        LogSeeded();
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Migrated the {Database} from schema version {From} to {To}.")]
    private partial void LogMigrated(string database, int from, int to);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Database} has no children and no demo seeder is registered: starting on an empty database.")]
    private partial void LogNoSeeder(string database);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeding demo borough...")]
    private partial void LogSeeding();

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo borough seeded.")]
    private partial void LogSeeded();
}
