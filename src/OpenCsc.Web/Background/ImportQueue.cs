using System.Collections.Concurrent;
using System.Threading.Channels;
using OpenCsc.Data;
using OpenCsc.Returns;
using OpenCsc.Returns.CinCensus;
using OpenCsc.Returns.Ssda903;

namespace OpenCsc.Web.Background;

/// <summary>
/// Imports uploaded returns one at a time in the background, so a large file does not hold a request open, and
/// keeps the recent jobs in memory for their progress pages. Imports are all or nothing (one transaction per file),
/// so a job that stops half way, or a server that restarts, leaves the database as it was. Logs name the job, never
/// the file's contents.
/// </summary>
public sealed class ImportQueue(DatabaseSettings settings, TimeProvider clock, ILogger<ImportQueue> logger) : BackgroundService
{
    /// <summary>How many finished jobs are kept for their pages.</summary>
    public const int Kept = 50;

    private readonly Channel<ImportJob> _queue = Channel.CreateUnbounded<ImportJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<Guid, ImportJob> _jobs = new();

    public ImportJob? Find(Guid id) => _jobs.GetValueOrDefault(id);

    /// <summary>The most recent jobs first.</summary>
    public IReadOnlyList<ImportJob> Recent(int count) =>
        _jobs.Values.OrderByDescending(j => j.Submitted).ThenBy(j => j.Id).Take(count).ToList();

    public void Enqueue(ImportJob job)
    {
        _jobs[job.Id] = job;
        foreach (ImportJob old in _jobs.Values.Where(j => j.IsFinished).OrderByDescending(j => j.Submitted).Skip(Kept).ToList())
        {
            _jobs.TryRemove(old.Id, out _);
        }

        if (!_queue.Writer.TryWrite(job))
        {
            throw new InvalidOperationException("The import queue is closed.");
        }
    }

    /// <summary>The analyst confirmed the job's preview: it is queued to run for real. False when it was not waiting.</summary>
    public bool Confirm(ImportJob job)
    {
        if (!job.Confirm())
        {
            return false;
        }

        if (!_queue.Writer.TryWrite(job))
        {
            throw new InvalidOperationException("The import queue is closed.");
        }

        return true;
    }

    /// <summary>The analyst cancelled the job's preview: nothing is imported and the upload is deleted.</summary>
    public bool Cancel(ImportJob job)
    {
        if (!job.Cancel(clock.GetUtcNow()))
        {
            return false;
        }

        TryDelete(job.Folder);
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (ImportJob job in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                await RunAsync(job, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    /// <summary>Runs one job to its end; public so that tests can run a job without the background loop.</summary>
    public async Task RunAsync(ImportJob job, CancellationToken cancellationToken)
    {
        job.Start();
        var progress = new Progress(job);
        try
        {
            await using AppDbContext db = AppDatabase.CreateContext(settings, clock);
            db.AuditContext = job.UploadedBy;
            // Until the analyst confirms what it would do, a job runs dry (decision 0029).
            var options = new ImportOptions { DryRun = !job.Confirmed };
            ImportResult result = job.Kind switch
            {
                UploadedReturnKind.CinCensus => await ImportCinCensus.RunAsync(
                    db, SingleFile(job), new CinCensusReadOptions { Year = job.Year, TreatAsYear = job.TreatAsYear }, progress, cancellationToken, options),
                _ => await ImportSsda903.RunAsync(
                    db, Ssda903Source(job), new Ssda903ReadOptions { Year = job.Year ?? DefaultSsda903Year(), TreatAsYear = job.TreatAsYear }, progress, cancellationToken, options),
            };
            if (result.DryRun)
            {
                job.Previewed(result);
                return;
            }

            job.Succeed(result, clock.GetUtcNow());
            logger.LogInformation("Import {Job} of a {Kind} return succeeded: {Children} children, {Added} new.", job.Id, job.Kind, result.Children, result.ChildrenAdded);
        }
        catch (ReturnReadException e)
        {
            job.Reject(e.Problems, SexHint(job, e), clock.GetUtcNow(), e.Total);
            logger.LogInformation("Import {Job} of a {Kind} return was rejected with {Problems} problems.", job.Id, job.Kind, e.Total);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            job.Fail("The server stopped before the import finished. Nothing was imported: upload the file again.", clock.GetUtcNow());
        }
        catch (Exception e)
        {
            // Whatever went wrong, the transaction rolled back and the queue goes on with the next job.
            job.Fail("The import could not run: " + e.GetType().Name + ". Nothing was imported; try again, and tell your system administrator if it happens again.", clock.GetUtcNow());
            logger.LogError("Import {Job} of a {Kind} return failed: {Error}.", job.Id, job.Kind, e.GetType().Name);
        }
        finally
        {
            if (!job.AwaitsConfirmation)
            {
                TryDelete(job.Folder);
            }
        }
    }

    /// <summary>The latest collection year that has ended, as on the command line.</summary>
    private CollectionYear DefaultSsda903Year() =>
        CollectionYear.Containing(DateOnly.FromDateTime(clock.GetLocalNow().DateTime)).Previous;

    private static string SingleFile(ImportJob job) => Directory.EnumerateFiles(job.Folder).Single();

    /// <summary>One XML file is read as the EXPSSDA903 XML; otherwise the folder of CSV tables.</summary>
    private static string Ssda903Source(ImportJob job)
    {
        var files = Directory.GetFiles(job.Folder);
        return files.Length == 1 && files[0].EndsWith(".xml", StringComparison.OrdinalIgnoreCase) ? files[0] : job.Folder;
    }

    private static string? SexHint(ImportJob job, ReturnReadException e)
    {
        string[] fields = job.Kind == UploadedReturnKind.CinCensus ? ["Sex", "GenderCurrent"] : ["SEX"];
        return e.Errors.Any(p => fields.Contains(p.Field, StringComparer.OrdinalIgnoreCase) && SexCodes.IsNumeric(p.Value))
            ? "The file codes sex as years before 2024/25 did (1 and 2). Upload it again with \"Read the codes as\" set to 2023/24 to read it that way."
            : null;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left in the private uploads folder, which the next start-up clears.
        }
    }

    private sealed class Progress(ImportJob job) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => job.Report(value);
    }
}
