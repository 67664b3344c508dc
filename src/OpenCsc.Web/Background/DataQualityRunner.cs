using System.Globalization;
using System.Threading.Channels;
using OpenCsc.Audit;
using OpenCsc.Data;
using OpenCsc.DataQuality;

namespace OpenCsc.Web.Background;

/// <summary>
/// Runs the data quality checks every night at <c>DataQuality:NightlyAt</c> (local time, default 02:00; set
/// <c>DataQuality:Nightly</c> to false to stop it) and whenever a performance analyst asks. One run at a time; a
/// request while one runs is kept for straight after it. A run asked for is made as the person who asked: the runs'
/// row stamps and audit entries name them; the nightly run names itself <see cref="Nightly"/>.
/// </summary>
public sealed class DataQualityRunner(DatabaseSettings settings, TimeProvider clock, IConfiguration configuration, ILogger<DataQualityRunner> logger) : BackgroundService
{
    public static readonly TimeOnly DefaultNightlyAt = new(2, 0);

    private readonly Channel<AuditContext> _requests = Channel.CreateBounded<AuditContext>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Whether a run is under way.</summary>
    public bool Running { get; private set; }

    /// <summary>Why the last run failed, if it did (no child data: the exception's type and message).</summary>
    public string? LastProblem { get; private set; }

    public TimeOnly NightlyAt => TimeOnly.TryParseExact(configuration["DataQuality:NightlyAt"], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out TimeOnly at)
        ? at
        : DefaultNightlyAt;

    public bool Nightly => !string.Equals(configuration["DataQuality:Nightly"], "false", StringComparison.OrdinalIgnoreCase);

    /// <summary>Who the nightly run is, having no person behind it.</summary>
    public static AuditContext NightlyRun { get; } = AuditContext.ForSystem("system:data-quality");

    /// <summary>Asks for a run as soon as possible, made as <paramref name="requestedBy"/>; false when one is already waiting.</summary>
    public bool Request(AuditContext requestedBy)
    {
        ArgumentNullException.ThrowIfNull(requestedBy);
        return _requests.Writer.TryWrite(requestedBy);
    }

    /// <summary>
    /// Runs every return's checks now as <paramref name="startedBy"/> and saves the runs; public so tests run them
    /// without waiting for the night.
    /// </summary>
    public async Task<IReadOnlyList<ValidationRun>> RunOnceAsync(RunTrigger trigger, AuditContext startedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(startedBy);
        Running = true;
        try
        {
            var runs = new List<ValidationRun>();
            foreach (string collection in RunDataQuality.Collections)
            {
                await using AppDbContext db = AppDatabase.CreateContext(settings, clock);
                db.AuditContext = startedBy;
                DateOnly today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
                ValidationRun run = await RunDataQuality.RunAsync(db, today, trigger, clock.GetUtcNow().UtcDateTime, cancellationToken, collection);
                logger.LogInformation("Data quality run {Run} ({Collection}, {Trigger}): {Rules} rules, {Errors} errors, {Queries} queries", run.Id, collection, trigger, run.RulesRun, run.Errors, run.Queries);
                runs.Add(run);
            }

            LastProblem = null;
            return runs;
        }
        finally
        {
            Running = false;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            Task<bool> requested = _requests.Reader.WaitToReadAsync(wake.Token).AsTask();
            Task night = Nightly ? Task.Delay(UntilNext(clock.GetLocalNow()), clock, wake.Token) : Task.Delay(Timeout.Infinite, wake.Token);
            Task first;
            try
            {
                first = await Task.WhenAny(requested, night);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await wake.CancelAsync();
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            RunTrigger trigger = first == requested ? RunTrigger.OnDemand : RunTrigger.Nightly;
            AuditContext startedBy = NightlyRun;
            while (_requests.Reader.TryRead(out AuditContext? asked))
            {
                // A run asked for is the asker's (at most one request waits); a request met by the nightly run is dropped.
                startedBy = trigger == RunTrigger.OnDemand ? asked : startedBy;
            }

            try
            {
                await RunOnceAsync(trigger, startedBy, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LastProblem = $"{e.GetType().Name}: {e.Message}";
                logger.LogError("Data quality run ({Trigger}) failed: {Problem}", trigger, e.GetType().Name);
            }
        }
    }

    /// <summary>How long until the next nightly time after <paramref name="now"/>.</summary>
    public TimeSpan UntilNext(DateTimeOffset now)
    {
        DateTimeOffset next = new(DateOnly.FromDateTime(now.DateTime).ToDateTime(NightlyAt), now.Offset);
        if (next <= now)
        {
            next = next.AddDays(1);
        }

        return next - now;
    }
}
