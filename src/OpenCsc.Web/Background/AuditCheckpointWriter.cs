using System.Globalization;
using OpenCsc.Audit;
using OpenCsc.Data;

namespace OpenCsc.Web.Background;

/// <summary>
/// Anchors the audit trail outside the database on a schedule: at start and then every <c>Audit:CheckpointInterval</c>
/// (a TimeSpan such as 01:00:00, the default; 00:00:00 turns it off) appends a sealed checkpoint to
/// <c>Audit:CheckpointFile</c> (default beside the database). A failure is logged and retried at the next interval;
/// it never stops the host. See docs/decisions/0030-keyed-audit-chain-and-checkpoints.md.
/// </summary>
public sealed class AuditCheckpointWriter(DatabaseSettings settings, TimeProvider clock, IConfiguration configuration, ILogger<AuditCheckpointWriter> logger) : BackgroundService
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromHours(1);

    public TimeSpan Interval => TimeSpan.TryParse(configuration[AuditFiles.CheckpointIntervalSetting], CultureInfo.InvariantCulture, out TimeSpan interval) && interval >= TimeSpan.Zero
        ? interval
        : DefaultInterval;

    public string CheckpointFile => AuditFiles.CheckpointFile(configuration[AuditFiles.CheckpointFileSetting], settings);

    /// <summary>The checkpoints written since the host started.</summary>
    public int Written { get; private set; }

    /// <summary>Why the last checkpoint failed, if it did.</summary>
    public string? LastProblem { get; private set; }

    /// <summary>Writes one checkpoint now; public so tests need not wait for the interval.</summary>
    public async Task<AuditCheckpoint> WriteOnceAsync(CancellationToken cancellationToken)
    {
        await using AppDbContext db = AppDatabase.CreateContext(settings, clock);
        AuditCheckpoint checkpoint = await AuditCheckpoints.WriteAsync(db, CheckpointFile, cancellationToken);
        Written++;
        LastProblem = null;
        logger.LogInformation("Audit checkpoint {Line} written: entry {Sequence}", checkpoint.Line, checkpoint.Sequence);
        return checkpoint;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Interval == TimeSpan.Zero)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await WriteOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e)
            {
                // No child data here: the file's path and the exception's type and message.
                LastProblem = $"{e.GetType().Name}: {e.Message}";
                logger.LogError("Audit checkpoint to {File} failed: {Problem}", CheckpointFile, LastProblem);
            }

            try
            {
                await Task.Delay(Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
