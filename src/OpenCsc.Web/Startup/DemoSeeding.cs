using System.Globalization;
using OpenCsc.Borough.Generation;
using OpenCsc.Calendar;
using OpenCsc.Data;

namespace OpenCsc.Web.Startup;

/// <summary>
/// The demo borough the web host seeds into an empty database: `Demo:Children` (default Barnet-like) and
/// `Demo:Years` of history (default 5), seed 1, up to today.
/// </summary>
public static partial class DemoSeeding
{
    public static void Register(IServiceCollection services) => services.AddSingleton<IDemoSeeder, DemoBoroughSeeder>();

    private sealed partial class DemoBoroughSeeder(IConfiguration configuration, TimeProvider clock, TimescalesProvider timescales, ILogger<DemoBoroughSeeder> logger) : IDemoSeeder
    {
        public async Task SeedAsync(DatabaseSettings settings, CancellationToken ct)
        {
            var options = new DemoBoroughOptions
            {
                Children = configuration.GetValue("Demo:Children", DemoBoroughOptions.DefaultChildren),
                Years = configuration.GetValue("Demo:Years", 5),
                Seed = configuration.GetValue("Demo:Seed", 1),
            };
            int lastTenth = -1;
            var progress = new Progress<SeedProgress>(p =>
            {
                int tenth = (int)(p.Fraction * 10);
                if (tenth != Interlocked.Exchange(ref lastTenth, tenth))
                {
                    LogProgress(tenth * 10);
                }
            });
            TimescalesInForce inForce;
            await using (AppDbContext db = AppDatabase.CreateContext(settings))
            {
                inForce = await timescales.CurrentAsync(db, ct);
            }

            SeedResult result = await DemoBorough.SeedAsync(settings, options, progress, force: false, ct, clock, inForce);
            LogDone(result.RowsWritten.ToString("N0", CultureInfo.InvariantCulture), result.Elapsed.TotalSeconds);
        }

        [LoggerMessage(Level = LogLevel.Information, Message = "Demo borough: {Percent}% of the population simulated.")]
        private partial void LogProgress(int percent);

        [LoggerMessage(Level = LogLevel.Information, Message = "Demo borough: {Rows} rows written in {Seconds:N1} s.")]
        private partial void LogDone(string rows, double seconds);
    }
}
