using System.Collections;

namespace OpenCsc.Returns;

/// <summary>The problems a reader has found so far, in the order found.</summary>
public sealed class ReturnProblems : IReadOnlyList<ReturnProblem>
{
    private const int MaxValueLength = 200;
    private readonly List<ReturnProblem> _problems = [];

    public int ErrorCount { get; private set; }

    public bool HasErrors => ErrorCount > 0;

    public int Count => _problems.Count;

    public ReturnProblem this[int index] => _problems[index];

    public IEnumerable<ReturnProblem> Errors => _problems.Where(p => p.IsError);

    public IEnumerable<ReturnProblem> Warnings => _problems.Where(p => !p.IsError);

    public void Add(ReturnProblem problem)
    {
        // Hostile files can hold megabyte-long values; a problem list only needs enough to recognise them.
        if (problem.Value.Length > MaxValueLength)
        {
            problem = problem with { Value = string.Concat(problem.Value.AsSpan(0, MaxValueLength), "…") };
        }

        _problems.Add(problem);
        if (problem.IsError)
        {
            ErrorCount++;
        }
    }

    public void AddRange(IEnumerable<ReturnProblem> problems)
    {
        foreach (var problem in problems)
        {
            Add(problem);
        }
    }

    /// <summary>Throws <see cref="ReturnReadException"/> with every problem (warnings included) if any is an error.</summary>
    public void ThrowIfErrors()
    {
        if (HasErrors)
        {
            throw new ReturnReadException(_problems.ToArray());
        }
    }

    public IEnumerator<ReturnProblem> GetEnumerator() => _problems.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
