using System.Collections.Concurrent;
using System.Collections.Frozen;
using OpenCsc.Returns;

namespace OpenCsc.Codes;

/// <summary>
/// One DfE code set (ethnicity, legal status, placement type, ...): the codes in the order the DfE lists them,
/// each with its label, the collection years it is valid for and its Annex A category. The only definition of
/// each list: recording pages, the returns' readers, writers and validation rules and Annex A all read it here.
/// Unknown codes are shown as they are rather than hidden, so bad data stays visible.
/// </summary>
public sealed class CodeList
{
    private readonly FrozenDictionary<string, CodeEntry> _exact;
    private readonly FrozenDictionary<string, CodeEntry>.AlternateLookup<ReadOnlySpan<char>> _exactLookup;
    private readonly FrozenDictionary<string, CodeEntry> _lenient;
    private readonly ConcurrentDictionary<int, CodeList> _byYear = new();

    public CodeList(string name, IReadOnlyList<CodeEntry> entries)
    {
        Name = name;
        All = entries;
        Entries = [.. entries.Select(e => (e.Code, e.Label))];
        Codes = [.. entries.Select(e => e.Code)];

        // Duplicates throw here, so a list with a code twice fails the first time it is loaded.
        _exact = entries.ToDictionary(e => e.Code, StringComparer.Ordinal).ToFrozenDictionary(StringComparer.Ordinal);
        _exactLookup = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _lenient = _exact.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>What the codes are, e.g. "Legal status".</summary>
    public string Name { get; }

    /// <summary>Every code with its label, years and Annex A category, in the DfE's order.</summary>
    public IReadOnlyList<CodeEntry> All { get; }

    /// <summary>Every code with its label, in the DfE's order.</summary>
    public IReadOnlyList<(string Code, string Label)> Entries { get; }

    /// <summary>The codes in the order the DfE lists them.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>
    /// The code is in the list, ignoring case and surrounding spaces (for what a person typed or chose). A return's
    /// value is checked exactly with <see cref="IsCode"/>.
    /// </summary>
    public bool Contains(string? code) => code is not null && _lenient.ContainsKey(code.Trim());

    /// <summary>The value is exactly one of the codes (case and spaces count), as a return must write it.</summary>
    public bool IsCode(string? value) => value is not null && _exact.ContainsKey(value);

    /// <summary>Finds the code exactly, returning the list's own string so rows share one instance per code.</summary>
    public bool TryGet(ReadOnlySpan<char> value, out string code)
    {
        if (_exactLookup.TryGetValue(value, out CodeEntry? entry))
        {
            code = entry.Code;
            return true;
        }

        code = "";
        return false;
    }

    /// <summary>The entry, ignoring case and surrounding spaces, or null.</summary>
    public CodeEntry? Find(string? code) => code is not null && _lenient.TryGetValue(code.Trim(), out var entry) ? entry : null;

    /// <summary>The label, or null when the code is blank or not in the list.</summary>
    public string? LabelOrNull(string? code) => Find(code)?.Label;

    /// <summary>The Annex A category of the code, or null when the code is blank, unknown or has none.</summary>
    public string? AnnexALabelOrNull(string? code) => Find(code)?.AnnexA;

    /// <summary>"Full care order (C2)"; an unknown code as "C9 (unknown code)"; blank as "Not recorded".</summary>
    public string Describe(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return "Not recorded";
        }

        string trimmed = code.Trim();
        return Find(trimmed) is { } entry ? $"{entry.Label} ({trimmed})" : $"{trimmed} (unknown code)";
    }

    /// <summary>The codes valid in a collection year, in the same order, with the same name.</summary>
    public CodeList ForYear(CollectionYear year) =>
        All.All(e => e.Years.Includes(year))
            ? this
            : _byYear.GetOrAdd(year.Year, _ => new CodeList(Name, [.. All.Where(e => e.Years.Includes(year))]));

    /// <summary>The codes, comma-separated, for messages.</summary>
    public override string ToString() => string.Join(", ", Codes);
}
