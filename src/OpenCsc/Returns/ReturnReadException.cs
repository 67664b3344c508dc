using System.Globalization;

namespace OpenCsc.Returns;

/// <summary>
/// A return file could not be read; <see cref="Problems"/> lists the problems found (the first thousand or so, see
/// <see cref="ReturnProblems"/>), and <see cref="ErrorCount"/> and <see cref="WarningCount"/> count every one.
/// </summary>
public sealed class ReturnReadException : Exception
{
    public ReturnReadException(IReadOnlyList<ReturnProblem> problems)
        : this(problems, problems?.Count(p => p.IsError) ?? 0, problems?.Count(p => !p.IsError) ?? 0)
    {
    }

    public ReturnReadException(IReadOnlyList<ReturnProblem> problems, int errorCount, int warningCount)
        : base(Describe(problems, errorCount, warningCount))
    {
        Problems = problems;
        ErrorCount = errorCount;
        WarningCount = warningCount;
    }

    public IReadOnlyList<ReturnProblem> Problems { get; }

    /// <summary>Every error found, listed or not.</summary>
    public int ErrorCount { get; }

    /// <summary>Every warning found, listed or not.</summary>
    public int WarningCount { get; }

    /// <summary>Every problem found, listed or not.</summary>
    public int Total => ErrorCount + WarningCount;

    public IEnumerable<ReturnProblem> Errors => Problems.Where(p => p.IsError);

    private static string Describe(IReadOnlyList<ReturnProblem> problems, int errors, int warnings)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var first = problems.FirstOrDefault(p => p.IsError) ?? problems.FirstOrDefault();
        return string.Create(CultureInfo.InvariantCulture,
            $"The file cannot be read: {errors} error(s), {warnings} warning(s). First: {first}");
    }
}
