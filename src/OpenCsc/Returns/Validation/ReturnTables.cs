namespace OpenCsc.Returns.Validation;

/// <summary>The tables of one return (and of the previous year's, named with _last), by name, case-insensitive.</summary>
public sealed class ReturnTables
{
    private readonly Dictionary<string, ReturnTable> _tables = new(StringComparer.OrdinalIgnoreCase);

    public ReturnTables()
    {
    }

    public ReturnTables(IEnumerable<ReturnTable> tables)
    {
        foreach (ReturnTable table in tables)
        {
            Add(table);
        }
    }

    public IEnumerable<ReturnTable> All => _tables.Values;

    public void Add(ReturnTable table) => _tables[table.Name] = table;

    public bool Has(string name) => _tables.ContainsKey(name);

    /// <summary>The table; a rule that asks for an absent table is not run and the absence is reported.</summary>
    public ReturnTable this[string name] =>
        _tables.TryGetValue(name, out ReturnTable? table) ? table : throw new MissingInputException(name, null);

    public ReturnTable? Find(string name) => _tables.GetValueOrDefault(name);
}
