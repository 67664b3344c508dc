using OpenCsc.Returns;

namespace OpenCsc.Web.Background;

/// <summary>Which return an upload holds.</summary>
public enum UploadedReturnKind
{
    CinCensus,
    Ssda903,
}

public enum ImportJobState
{
    Queued,
    Running,
    Succeeded,
    Rejected,
    Failed,

    /// <summary>Checked without saving (decision 0029): the summary waits for the analyst to confirm or cancel.</summary>
    AwaitingConfirmation,
    Cancelled,
}

/// <summary>
/// One upload being imported: what was sent, how far the import has gone and how it ended. Held in memory by
/// <see cref="ImportQueue"/>; the uploaded files live in <see cref="Folder"/> until the import ends.
/// </summary>
public sealed class ImportJob
{
    private readonly Lock _gate = new();
    private ImportProgress _progress = new(0, 0);
    private int _state = (int)ImportJobState.Queued;

    public ImportJob(Guid id, UploadedReturnKind kind, string folder, IReadOnlyList<string> fileNames, CollectionYear? year, CollectionYear? treatAsYear, DateTimeOffset submitted)
    {
        Id = id;
        Kind = kind;
        Folder = folder;
        FileNames = fileNames;
        Year = year;
        TreatAsYear = treatAsYear;
        Submitted = submitted;
    }

    public Guid Id { get; }

    /// <summary>Who uploaded the return: the import's row stamps and audit entry name them.</summary>
    public OpenCsc.Audit.AuditContext UploadedBy { get; init; } = OpenCsc.Audit.AuditContext.System;

    public UploadedReturnKind Kind { get; }

    /// <summary>The temporary folder holding the uploaded files.</summary>
    public string Folder { get; }

    /// <summary>The files as the user named them.</summary>
    public IReadOnlyList<string> FileNames { get; }

    public CollectionYear? Year { get; }

    public CollectionYear? TreatAsYear { get; }

    public DateTimeOffset Submitted { get; }

    /// <summary>Set last when a job ends, after what the pages read for that state.</summary>
    public ImportJobState State
    {
        get => (ImportJobState)Volatile.Read(ref _state);
        private set => Volatile.Write(ref _state, (int)value);
    }

    public DateTimeOffset? Finished { get; private set; }

    public ImportResult? Result { get; private set; }

    /// <summary>
    /// The problems that rejected the file, the first thousand or so (<see cref="ReturnProblems"/>): empty unless
    /// <see cref="State"/> is Rejected. A job keeps nothing bigger than these lists once it has ended.
    /// </summary>
    public IReadOnlyList<ReturnProblem> Problems { get; private set; } = [];

    /// <summary>Every problem found in the rejected file, listed in <see cref="Problems"/> or not.</summary>
    public int ProblemCount { get; private set; }

    /// <summary>Why the import could not run at all (Failed), in words for the user.</summary>
    public string? FailureMessage { get; private set; }

    /// <summary>A hint for a rejected file, e.g. to import it as an earlier year.</summary>
    public string? Hint { get; private set; }

    public ImportProgress Progress
    {
        get
        {
            lock (_gate)
            {
                return _progress;
            }
        }
    }

    public bool IsFinished => State is ImportJobState.Succeeded or ImportJobState.Rejected or ImportJobState.Failed or ImportJobState.Cancelled;

    /// <summary>What the import would do, from its dry run: shown for the analyst to confirm (null until checked).</summary>
    public ImportResult? Preview { get; private set; }

    /// <summary>True once the analyst confirmed the preview: the next run saves.</summary>
    public bool Confirmed { get; private set; }

    /// <summary>Waiting for the analyst (or one who can see the preview) to confirm or cancel.</summary>
    public bool AwaitsConfirmation => State == ImportJobState.AwaitingConfirmation;

    public string KindLabel => Kind == UploadedReturnKind.CinCensus ? "CIN census" : "SSDA903";

    internal void Start()
    {
        State = ImportJobState.Running;
    }

    internal void Report(ImportProgress progress)
    {
        lock (_gate)
        {
            _progress = progress;
        }
    }

    internal void Succeed(ImportResult result, DateTimeOffset at)
    {
        Result = result;
        Report(new ImportProgress(result.Children, result.Children));
        Finished = at;
        State = ImportJobState.Succeeded;
    }

    internal void Previewed(ImportResult preview)
    {
        Preview = preview;
        State = ImportJobState.AwaitingConfirmation;
    }

    /// <summary>Confirms a previewed job, once: false when it was not waiting (already confirmed or cancelled).</summary>
    internal bool Confirm()
    {
        lock (_gate)
        {
            if (State != ImportJobState.AwaitingConfirmation)
            {
                return false;
            }

            Confirmed = true;
            _progress = new ImportProgress(0, 0);
            State = ImportJobState.Queued;
            return true;
        }
    }

    /// <summary>Cancels a previewed job, once: false when it was not waiting.</summary>
    internal bool Cancel(DateTimeOffset at)
    {
        lock (_gate)
        {
            if (State != ImportJobState.AwaitingConfirmation)
            {
                return false;
            }

            Finished = at;
            State = ImportJobState.Cancelled;
            return true;
        }
    }

    internal void Reject(IReadOnlyList<ReturnProblem> problems, string? hint, DateTimeOffset at, int? total = null)
    {
        Problems = problems;
        ProblemCount = Math.Max(total ?? problems.Count, problems.Count);
        Hint = hint;
        Finished = at;
        State = ImportJobState.Rejected;
    }

    internal void Fail(string message, DateTimeOffset at)
    {
        FailureMessage = message;
        Finished = at;
        State = ImportJobState.Failed;
    }
}
