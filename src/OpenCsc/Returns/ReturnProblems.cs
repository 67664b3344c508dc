using System.Collections;

namespace OpenCsc.Returns;

/// <summary>
/// The problems a reader has found so far, in the order found: the first <see cref="Limit"/> errors and the first
/// <see cref="Limit"/> warnings are listed, and every problem is counted. A hostile or broken file can hold millions of
/// problems; nobody reads past the first thousand, and holding them all exhausted the server (issue 14).
/// </summary>
public sealed class ReturnProblems : IReadOnlyList<ReturnProblem>
{
    /// <summary>How many errors, and how many warnings, a file's problems list at most.</summary>
    public const int DefaultLimit = 1000;

    private const int MaxValueLength = 200;
    private readonly List<ReturnProblem> _problems = [];

    public ReturnProblems(int limit = DefaultLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        Limit = limit;
    }

    /// <summary>The most errors listed, and the most warnings: beyond it problems are counted, not kept.</summary>
    public int Limit { get; }

    /// <summary>Every error found, listed or not.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>Every warning found, listed or not.</summary>
    public int WarningCount { get; private set; }

    /// <summary>Every problem found, listed or not.</summary>
    public int Total => ErrorCount + WarningCount;

    public bool HasErrors => ErrorCount > 0;

    /// <summary>The problems listed (at most <see cref="Limit"/> of each severity).</summary>
    public int Count => _problems.Count;

    public ReturnProblem this[int index] => _problems[index];

    public IEnumerable<ReturnProblem> Errors => _problems.Where(p => p.IsError);

    public IEnumerable<ReturnProblem> Warnings => _problems.Where(p => !p.IsError);

    public void Add(ReturnProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        bool listed;
        if (problem.IsError)
        {
            ErrorCount++;
            listed = ErrorCount <= Limit;
        }
        else
        {
            WarningCount++;
            listed = WarningCount <= Limit;
        }

        if (!listed)
        {
            return;
        }

        // Hostile files can hold megabyte-long values; a problem list only needs enough to recognise them.
        if (problem.Value.Length > MaxValueLength)
        {
            problem = problem with { Value = string.Concat(problem.Value.AsSpan(0, MaxValueLength), "…") };
        }

        _problems.Add(problem);
    }

    public void AddRange(IEnumerable<ReturnProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var problem in problems)
        {
            Add(problem);
        }
    }

    /// <summary>The warnings listed, with how many there were in all.</summary>
    public ListedProblems ListedWarnings() => new([.. Warnings], WarningCount);

    /// <summary>How many problems a list stands for: its <see cref="ListedProblems.Total"/>, or its count.</summary>
    public static int TotalOf(IReadOnlyList<ReturnProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems is ListedProblems listed ? listed.Total : problems.Count;
    }

    /// <summary>
    /// Throws <see cref="ReturnReadException"/> if any problem is an error: the errors listed, then as many listed
    /// warnings (in the order found) as fit within <see cref="Limit"/>, with every problem counted.
    /// </summary>
    public void ThrowIfErrors()
    {
        if (HasErrors)
        {
            int room = Limit - Math.Min(ErrorCount, Limit);
            var listed = new List<ReturnProblem>(Math.Min(_problems.Count, Limit));
            foreach (ReturnProblem problem in _problems)
            {
                if (problem.IsError || room-- > 0)
                {
                    listed.Add(problem);
                }
            }

            throw new ReturnReadException(listed, ErrorCount, WarningCount);
        }
    }

    public IEnumerator<ReturnProblem> GetEnumerator() => _problems.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>The first problems of a kind found in a file, and how many there were in all (<see cref="Total"/>).</summary>
public sealed class ListedProblems(IReadOnlyList<ReturnProblem> listed, int total) : IReadOnlyList<ReturnProblem>
{
    public static ListedProblems Empty { get; } = new([], 0);

    /// <summary>Every one found, listed or not.</summary>
    public int Total { get; } = Math.Max(total, listed.Count);

    public int Count => listed.Count;

    public ReturnProblem this[int index] => listed[index];

    public IEnumerator<ReturnProblem> GetEnumerator() => listed.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
