namespace OpenCsc.Returns.Validation;

public enum RuleType
{
    Error,

    /// <summary>A query: the DfE asks for the data to be checked or explained; codes end in Q.</summary>
    Query,
}

/// <summary>One row a rule flags. <see cref="Row"/> is the 0-based data row in that table's file.</summary>
public sealed record ValidationFailure(string Rule, RuleType Type, string Table, int Row, string? Child, IReadOnlyList<string> Fields, string Message)
{
    /// <summary>For an XML return (the CIN census), the flagged element's path, reported instead of <see cref="Row"/>.</summary>
    public string? Path { get; init; }
}

/// <summary>Rules that were not run because the return lacks a table or a column they need.</summary>
public sealed record MissingInput(string Table, string? Column, IReadOnlyList<string> Rules)
{
    public string Describe() => Column is null
        ? $"table {Table} is absent, so rules {string.Join(", ", Rules)} were not run"
        : $"column {Column} is absent from {Table}, so rules {string.Join(", ", Rules)} were not run";
}

/// <summary>What a validation run found: failures in rule, table and row order, and what could not be checked.</summary>
public sealed record ValidationReport(
    DateOnly CollectionStart,
    DateOnly CollectionEnd,
    int RulesRun,
    IReadOnlyList<ValidationFailure> Failures,
    IReadOnlyList<MissingInput> Missing);
