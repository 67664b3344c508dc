namespace OpenCsc.Codes;

/// <summary>
/// One DfE code set (ethnicity, legal status, placement type, ...): the codes in the order the DfE lists them,
/// each with its label. Unknown codes are shown as they are rather than hidden, so bad data stays visible.
/// </summary>
public sealed class CodeList
{
    private readonly Dictionary<string, string> _labels;

    public CodeList(string name, IReadOnlyList<(string Code, string Label)> entries)
    {
        Name = name;
        Entries = entries;
        _labels = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach ((string code, string label) in entries)
        {
            _labels.Add(code, label);
        }
    }

    /// <summary>What the codes are, e.g. "Legal status".</summary>
    public string Name { get; }

    public IReadOnlyList<(string Code, string Label)> Entries { get; }

    public bool Contains(string? code) => code is not null && _labels.ContainsKey(code.Trim());

    /// <summary>The label, or null when the code is blank or not in the list.</summary>
    public string? LabelOrNull(string? code) =>
        code is not null && _labels.TryGetValue(code.Trim(), out string? label) ? label : null;

    /// <summary>"Full care order (C2)"; an unknown code as "C9 (unknown code)"; blank as "Not recorded".</summary>
    public string Describe(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return "Not recorded";
        }

        string trimmed = code.Trim();
        return _labels.TryGetValue(trimmed, out string? label) ? $"{label} ({trimmed})" : $"{trimmed} (unknown code)";
    }
}
