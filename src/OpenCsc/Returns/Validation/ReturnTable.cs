using System.Collections.Concurrent;
using System.Globalization;

namespace OpenCsc.Returns.Validation;

/// <summary>
/// One table of a return as its file has it: named columns of raw strings (trimmed, empty as null), row i being
/// the file's i-th data row (0-based). Rules read columns, never typed records, so a bad date or code is seen as
/// written. Derived views (parsed dates, rows by child) are built once and shared by every rule.
/// </summary>
public sealed class ReturnTable
{
    private readonly Dictionary<string, ReturnColumn> _columns;
    private readonly ConcurrentDictionary<string, object> _derived = new(StringComparer.Ordinal);

    public ReturnTable(string name, IReadOnlyList<string> columns, IReadOnlyList<string?[]> rows, string? source = null)
    {
        Name = name;
        Source = source ?? name;
        RowCount = rows.Count;
        ColumnNames = columns;
        _columns = new Dictionary<string, ReturnColumn>(StringComparer.OrdinalIgnoreCase);
        for (int c = 0; c < columns.Count; c++)
        {
            var values = new string?[rows.Count];
            for (int r = 0; r < rows.Count; r++)
            {
                string?[] row = rows[r];
                values[r] = c < row.Length ? Normalise(row[c]) : null;
            }

            _columns[columns[c]] = new ReturnColumn(this, columns[c], values);
        }
    }

    /// <summary>The DfE's name: Header, Episodes, ..., with _last for the previous year's return.</summary>
    public string Name { get; }

    /// <summary>Where the table came from (a file path), for messages.</summary>
    public string Source { get; }

    public int RowCount { get; }

    public IReadOnlyList<string> ColumnNames { get; }

    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>The column; a rule that asks for an absent column is not run and the absence is reported.</summary>
    public ReturnColumn this[string column] =>
        _columns.TryGetValue(column, out ReturnColumn? found) ? found : throw new MissingInputException(Name, column);

    public ReturnColumn? Find(string column) => _columns.GetValueOrDefault(column);

    /// <summary>CHILD of each row.</summary>
    public ReturnColumn Child => this["CHILD"];

    /// <summary>The rows of each child, in file order.</summary>
    public IReadOnlyDictionary<string, List<int>> RowsByChild() => Derived("rows-by-child", () =>
    {
        ReturnColumn child = Child;
        var rows = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int r = 0; r < RowCount; r++)
        {
            string key = child[r] ?? "";
            if (!rows.TryGetValue(key, out List<int>? list))
            {
                rows[key] = list = [];
            }

            list.Add(r);
        }

        return rows;
    });

    /// <summary>The first row of each child (Header: one row a child).</summary>
    public IReadOnlyDictionary<string, int> FirstRowByChild() => Derived("first-row-by-child", () =>
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        ReturnColumn child = Child;
        for (int r = 0; r < RowCount; r++)
        {
            first.TryAdd(child[r] ?? "", r);
        }

        return first;
    });

    /// <summary>Each child's rows ordered by a date column (unparseable dates last), ties in file order.</summary>
    public IReadOnlyDictionary<string, int[]> RowsByChildOrderedBy(string dateColumn) => Derived("ordered:" + dateColumn, () =>
    {
        DateOnly?[] dates = this[dateColumn].Dates;
        var ordered = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach ((string child, List<int> rows) in RowsByChild())
        {
            ordered[child] = [.. rows.OrderBy(r => dates[r] ?? DateOnly.MaxValue).ThenBy(r => r)];
        }

        return ordered;
    });

    /// <summary>Each child's row with the earliest valid date (the first such row in the file on a tie).</summary>
    public IReadOnlyDictionary<string, int> FirstRowByChildOrderedBy(string dateColumn) => Derived("first-by:" + dateColumn, () =>
    {
        DateOnly?[] dates = this[dateColumn].Dates;
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((string child, int[] rows) in RowsByChildOrderedBy(dateColumn))
        {
            if (dates[rows[0]] is not null)
            {
                first[child] = rows[0];
            }
        }

        return first;
    });

    /// <summary>Each child's row with the latest valid date (the first such row in the file on a tie).</summary>
    public IReadOnlyDictionary<string, int> LastRowByChildOrderedBy(string dateColumn) => Derived("last-by:" + dateColumn, () =>
    {
        DateOnly?[] dates = this[dateColumn].Dates;
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((string child, int[] rows) in RowsByChildOrderedBy(dateColumn))
        {
            int found = -1;
            foreach (int r in rows)
            {
                if (dates[r] is { } date && (found < 0 || date > dates[found]!.Value))
                {
                    found = r;
                }
            }

            if (found >= 0)
            {
                last[child] = found;
            }
        }

        return last;
    });

    /// <summary>For each row, the same child's next row in date order, or -1 for its last.</summary>
    public int[] NextByChild(string dateColumn) => Derived("next:" + dateColumn, () =>
    {
        int[] next = new int[RowCount];
        Array.Fill(next, -1);
        foreach (int[] rows in RowsByChildOrderedBy(dateColumn).Values)
        {
            for (int i = 0; i + 1 < rows.Length; i++)
            {
                next[rows[i]] = rows[i + 1];
            }
        }

        return next;
    });

    /// <summary>For each row, the same child's previous row in date order, or -1 for its first.</summary>
    public int[] PreviousByChild(string dateColumn) => Derived("previous:" + dateColumn, () =>
    {
        int[] previous = new int[RowCount];
        Array.Fill(previous, -1);
        foreach (int[] rows in RowsByChildOrderedBy(dateColumn).Values)
        {
            for (int i = 1; i < rows.Length; i++)
            {
                previous[rows[i]] = rows[i - 1];
            }
        }

        return previous;
    });

    internal T Derived<T>(string key, Func<T> build)
        where T : class => (T)_derived.GetOrAdd(key, _ => build());

    private static string? Normalise(string? value)
    {
        if (value is null)
        {
            return null;
        }

        string trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({RowCount} rows)");
}

/// <summary>One column of raw values; dates and integers parsed on first use and kept.</summary>
public sealed class ReturnColumn
{
    private readonly string?[] _values;
    private DateOnly?[]? _dates;
    private int?[]? _integers;

    internal ReturnColumn(ReturnTable table, string name, string?[] values)
    {
        Table = table;
        Name = name;
        _values = values;
    }

    public ReturnTable Table { get; }

    public string Name { get; }

    /// <summary>The value as written, trimmed; null when empty.</summary>
    public string? this[int row] => _values[row];

    public bool IsBlank(int row) => _values[row] is null;

    /// <summary>Each row's value as a dd/mm/YYYY date, null when blank or not a valid date.</summary>
    public DateOnly?[] Dates => _dates ??= Parse(_values, ReturnValues.ParseDate);

    /// <summary>Each row's value as a whole number, null when blank or not one.</summary>
    public int?[] Integers => _integers ??= Parse(_values, ReturnValues.ParseInteger);

    public DateOnly? Date(int row) => Dates[row];

    /// <summary>A value is present but is not a valid date.</summary>
    public bool IsInvalidDate(int row) => _values[row] is not null && Dates[row] is null;

    private static T?[] Parse<T>(string?[] values, Func<string?, T?> parse)
        where T : struct
    {
        var parsed = new T?[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            parsed[i] = parse(values[i]);
        }

        return parsed;
    }
}

/// <summary>A rule needs a table or column the return does not have.</summary>
public sealed class MissingInputException(string table, string? column)
    : Exception(column is null ? $"table {table} is absent" : $"column {column} is absent from {table}")
{
    public string Table { get; } = table;

    public string? Column { get; } = column;
}
