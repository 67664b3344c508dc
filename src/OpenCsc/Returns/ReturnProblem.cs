using System.Globalization;
using System.Text;

namespace OpenCsc.Returns;

public enum ReturnProblemSeverity
{
    /// <summary>The file cannot be imported as it is.</summary>
    Error,

    /// <summary>Read anyway; shown to the user (a lenient date form, an ignored file, a code the DfE would query).</summary>
    Warning,
}

/// <summary>
/// One thing wrong with a statutory return file: where (file, 1-based line, element path for XML), which field,
/// the value found and what was expected.
/// </summary>
public sealed record ReturnProblem(string File, int? Line, string? Path, string Field, string Value, string Expected)
{
    public ReturnProblemSeverity Severity { get; init; } = ReturnProblemSeverity.Error;

    /// <summary>The child's LA identifier (CIN LAchildID, SSDA903 CHILD) when the problem belongs to one child.</summary>
    public string? ChildId { get; init; }

    public bool IsError => Severity == ReturnProblemSeverity.Error;

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(IsError ? "Error: " : "Warning: ").Append(File);
        if (Line is { } line)
        {
            text.Append(CultureInfo.InvariantCulture, $" line {line}");
        }

        if (!string.IsNullOrEmpty(Path))
        {
            text.Append(' ').Append(Path);
        }

        if (ChildId is not null)
        {
            text.Append(" (child ").Append(ChildId).Append(')');
        }

        if (!string.IsNullOrEmpty(Field))
        {
            text.Append(": ").Append(Field);
        }

        text.Append(Value.Length == 0 ? " is blank" : $" '{Value}'").Append("; expected ").Append(Expected);
        return text.ToString();
    }
}
