using System.Globalization;

namespace OpenCsc.Returns;

/// <summary>A return file could not be read; <see cref="Problems"/> lists everything found wrong, not just the first.</summary>
public sealed class ReturnReadException : Exception
{
    public ReturnReadException(IReadOnlyList<ReturnProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<ReturnProblem> Problems { get; }

    public IEnumerable<ReturnProblem> Errors => Problems.Where(p => p.IsError);

    private static string Describe(IReadOnlyList<ReturnProblem> problems)
    {
        int errors = problems.Count(p => p.IsError);
        var first = problems.FirstOrDefault(p => p.IsError) ?? problems.FirstOrDefault();
        return string.Create(CultureInfo.InvariantCulture,
            $"The file cannot be read: {errors} error(s), {problems.Count - errors} warning(s). First: {first}");
    }
}
