namespace OpenCsc.Returns.Validation.CinCensus;

/// <summary>
/// One DfE CIN census validation rule, named by its code, with the DfE's message, the fields it names and the tables
/// whose rows it flags. <see cref="Check"/> is set-based: it works over rows grouped by child, episode or plan, never
/// loops over rows inside a loop over all rows.
/// </summary>
public abstract class CinCensusRule(string code, string message, string fields, string tables)
{
    public string Code { get; } = code;

    public string Message { get; } = message;

    public IReadOnlyList<string> Fields { get; } = fields.Split(';');

    public IReadOnlyList<string> Tables { get; } = tables.Split(';');

    public RuleType Type => Code.EndsWith('Q') ? RuleType.Query : RuleType.Error;

    public abstract void Check(CinCensusData data, CinRuleFailures failures);

    public override string ToString() => Code;
}

/// <summary>The rows one rule flags.</summary>
public sealed class CinRuleFailures
{
    private readonly HashSet<(CinTable Table, int Row)> _rows = [];

    public IEnumerable<(CinTable Table, int Row)> Rows => _rows;

    public int Count => _rows.Count;

    public void Add(CinTable table, int row) => _rows.Add((table, row));

    public void AddAll(CinTable table, IEnumerable<int> rows)
    {
        foreach (int row in rows)
        {
            _rows.Add((table, row));
        }
    }
}
