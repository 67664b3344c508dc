using System.Globalization;

namespace OpenCsc.Returns.Validation.CinCensus;

/// <summary>
/// One table of a CIN census file flattened from its XML: a row per element (a child's identifiers, an episode, an
/// assessment, a review date, ...), named columns of raw strings (trimmed, empty as null), and for each row the element
/// path, the line, the child it belongs to (its position among the file's children), the episode (CINdetails row) and
/// the parent row (the assessment of a factor, the plan of a review). Rules read these as written.
/// </summary>
public sealed class CinTable
{
    private readonly Dictionary<string, CinColumn> _columns;
    private readonly List<string> _paths = [];
    private readonly List<int> _lines = [];
    private readonly List<int> _child = [];
    private readonly List<int> _episode = [];
    private readonly List<int> _parent = [];
    private List<int>[]? _byChild;
    private List<int>[]? _byEpisode;
    private List<int>[]? _byParent;

    public CinTable(string name, params string[] columns)
    {
        Name = name;
        ColumnNames = columns;
        _columns = columns.ToDictionary(c => c, c => new CinColumn(c), StringComparer.Ordinal);
    }

    /// <summary>The DfE's name for the block: ChildIdentifiers, CINdetails, Assessments, Reviews, ...</summary>
    public string Name { get; }

    public IReadOnlyList<string> ColumnNames { get; }

    public int RowCount => _paths.Count;

    public CinColumn this[string column] =>
        _columns.TryGetValue(column, out CinColumn? found) ? found : throw new MissingInputException(Name, column);

    /// <summary>The element path of a row, e.g. /Message/Children/Child[3]/CINdetails[1]/Assessments[2].</summary>
    public string Path(int row) => _paths[row];

    public int Line(int row) => _lines[row];

    /// <summary>The 0-based position among the file's children of the child the row belongs to (-1 for the Header).</summary>
    public int ChildOf(int row) => _child[row];

    /// <summary>The CINdetails row the row belongs to, or -1.</summary>
    public int EpisodeOf(int row) => _episode[row];

    /// <summary>The row of the enclosing table (the assessment of a factor, the plan of a review), or -1.</summary>
    public int ParentOf(int row) => _parent[row];

    public int AddRow(string path, int line, int child, int episode = -1, int parent = -1)
    {
        _paths.Add(path);
        _lines.Add(line);
        _child.Add(child);
        _episode.Add(episode);
        _parent.Add(parent);
        foreach (CinColumn column in _columns.Values)
        {
            column.Grow();
        }

        return _paths.Count - 1;
    }

    public void Set(int row, string column, string? value) => this[column].Set(row, value);

    /// <summary>Rows grouped by child position (an array as long as the file's children).</summary>
    public IReadOnlyList<int>[] ByChild(int children) => _byChild ??= Group(_child, children);

    /// <summary>Rows grouped by episode (an array as long as the CINdetails table).</summary>
    public IReadOnlyList<int>[] ByEpisode(int episodes) => _byEpisode ??= Group(_episode, episodes);

    /// <summary>Rows grouped by parent row (an array as long as the parent table).</summary>
    public IReadOnlyList<int>[] ByParent(int parents) => _byParent ??= Group(_parent, parents);

    private static List<int>[] Group(List<int> keys, int count)
    {
        var groups = new List<int>[count];
        for (int i = 0; i < count; i++)
        {
            groups[i] = [];
        }

        for (int row = 0; row < keys.Count; row++)
        {
            if (keys[row] >= 0 && keys[row] < count)
            {
                groups[keys[row]].Add(row);
            }
        }

        return groups;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({RowCount} rows)");
}

/// <summary>One column of raw values; dates (xs:date, YYYY-MM-DD) parsed on first use and kept.</summary>
public sealed class CinColumn(string name)
{
    private readonly List<string?> _values = [];
    private DateOnly?[]? _dates;

    public string Name { get; } = name;

    public string? this[int row] => _values[row];

    public bool IsBlank(int row) => _values[row] is null;

    public DateOnly?[] Dates => _dates ??= [.. _values.Select(CinValues.ParseDate)];

    public DateOnly? Date(int row) => Dates[row];

    /// <summary>A value is present but is not a valid date.</summary>
    public bool IsInvalidDate(int row) => _values[row] is not null && Dates[row] is null;

    internal void Grow() => _values.Add(null);

    internal void Set(int row, string? value)
    {
        string? trimmed = value?.Trim();
        _values[row] = string.IsNullOrEmpty(trimmed) ? null : trimmed;
        _dates = null;
    }
}

/// <summary>How the CIN census's values are read: xs:date (YYYY-MM-DD, an optional zone), 0/1 or false/true flags.</summary>
public static class CinValues
{
    public static DateOnly? ParseDate(string? value)
    {
        if (value is null || value.Length < 10)
        {
            return null;
        }

        ReadOnlySpan<char> text = value.AsSpan();
        if (text.Length > 10)
        {
            ReadOnlySpan<char> zone = text[10..];
            if (!(zone is "Z" || (zone.Length == 6 && zone[0] is '+' or '-' && zone[3] == ':')))
            {
                return null;
            }
        }

        return DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : null;
    }

    /// <summary>A flag: 1 or true is true, 0 or false is false, anything else (or blank) null.</summary>
    public static bool? ParseFlag(string? value) => value switch
    {
        "1" or "true" or "True" or "TRUE" => true,
        "0" or "false" or "False" or "FALSE" => false,
        _ => null,
    };

    public static int? ParseInteger(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number) ? number : null;
}
