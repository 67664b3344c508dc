using System.Collections.Frozen;

namespace OpenCsc.Returns;

/// <summary>A DfE code list: fast lookup by span, and the codes in the DfE's order for messages.</summary>
public sealed class CodeList
{
    private readonly FrozenSet<string> _set;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public CodeList(params string[] codes)
    {
        Codes = codes;
        _set = codes.ToFrozenSet(StringComparer.Ordinal);
        _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The codes in the order the DfE lists them.</summary>
    public IReadOnlyList<string> Codes { get; }

    public bool Contains(string code) => _set.Contains(code);

    /// <summary>Finds the code, returning the list's own string so rows share one instance per code.</summary>
    public bool TryGet(ReadOnlySpan<char> value, out string code) => _lookup.TryGetValue(value, out code!);

    public override string ToString() => string.Join(", ", Codes);
}
