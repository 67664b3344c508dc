namespace OpenCsc.Returns.Validation.Ssda903;

/// <summary>
/// One DfE SSDA903 validation rule, named by its code, with the DfE's message, the fields it names and the tables
/// it reads. <see cref="Check"/> is set-based: it builds lookups keyed by CHILD and flags rows, never loops over
/// rows inside a loop over rows. A rule that reads an absent table or column is not run; the absence is reported.
/// </summary>
public abstract class Ssda903Rule(string code, string message, string fields, string tables)
{
    public string Code { get; } = code;

    public string Message { get; } = message;

    public IReadOnlyList<string> Fields { get; } = fields.Split(';');

    public IReadOnlyList<string> Tables { get; } = tables.Split(';');

    public RuleType Type => Code.EndsWith('Q') ? RuleType.Query : RuleType.Error;

    public abstract void Check(Ssda903Data data, RuleFailures failures);

    public override string ToString() => Code;
}

/// <summary>The rows one rule flags.</summary>
public sealed class RuleFailures
{
    private readonly HashSet<(ReturnTable Table, int Row)> _rows = [];

    public IEnumerable<(ReturnTable Table, int Row)> Rows => _rows;

    public int Count => _rows.Count;

    public void Add(ReturnTable table, int row) => _rows.Add((table, row));

    public void AddAll(ReturnTable table, IEnumerable<int> rows)
    {
        foreach (int row in rows)
        {
            _rows.Add((table, row));
        }
    }
}
