namespace OpenCsc.Returns.Ssda903;

/// <summary>A CSV file recognised, by its header row, as one SSDA903 table.</summary>
public sealed record Ssda903CsvTable(string Path, Ssda903TableSchema Schema)
{
    public Ssda903Table Table => Schema.Table;
}

/// <summary>
/// Reads the SSDA903 return's CSV tables. Each file is recognised by its header columns (in any order, any case),
/// never by its name; rows are streamed one at a time. Every problem is collected in <see cref="Problems"/>
/// with the file, the 1-based line, the column, the value and what was expected.
/// </summary>
public sealed class Ssda903CsvReader
{
    private static readonly HashSet<string> SharedColumns = new(StringComparer.Ordinal) { "CHILD", "DOB", "SEX" };
    private readonly Ssda903ReadOptions _options;
    private readonly Ssda903YearSchema _year;

    public Ssda903CsvReader(Ssda903ReadOptions options)
    {
        _options = options;
        _year = Ssda903Schema.For(options.Year);
    }

    public ReturnProblems Problems { get; } = new();

    /// <summary>Reads every table in a folder; throws <see cref="ReturnReadException"/> listing every problem if any is an error.</summary>
    public static Ssda903Return ReadFolder(string folder, Ssda903ReadOptions options)
    {
        var reader = new Ssda903CsvReader(options);
        var result = new Ssda903Return();
        foreach (var table in reader.FindTables(folder))
        {
            foreach (var record in reader.ReadTable(table))
            {
                // A return with an error is rejected whole: its rows are read on only to count the problems.
                if (!reader.Problems.HasErrors)
                {
                    result.Add(record);
                }
            }
        }

        reader.Problems.ThrowIfErrors();
        result.Warnings = reader.Problems.ListedWarnings();
        return result;
    }

    /// <summary>
    /// The CSV files of a folder that hold SSDA903 tables for the year. Files with other columns are reported:
    /// as an error when they look like a table with columns missing or added, as a warning ("not a SSDA903
    /// table, ignored") when they share no column of their own with any table.
    /// </summary>
    public IReadOnlyList<Ssda903CsvTable> FindTables(string folder)
    {
        var found = new List<Ssda903CsvTable>();
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.TopDirectoryOnly)
            .Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (string path in files)
        {
            string name = System.IO.Path.GetFileName(path);
            using var stream = Open(path);
            using var csv = new CsvRowReader(stream, (line, value, expected) => Problems.Add(new ReturnProblem(name, line, null, "", value, expected)));
            var row = new CsvRow();
            var schema = ReadHeader(csv, row, name);
            if (schema is null)
            {
                continue;
            }

            var same = found.FirstOrDefault(t => t.Table == schema.Table);
            if (same is not null)
            {
                Problems.Add(new ReturnProblem(name, 1, null, "", string.Join(",", schema.Columns.Select(c => c.Name)),
                    $"one file per table: {System.IO.Path.GetFileName(same.Path)} already holds the {schema.Name} table"));
                continue;
            }

            found.Add(new Ssda903CsvTable(path, schema));
        }

        if (found.Count == 0)
        {
            Problems.Add(new ReturnProblem(folder, null, null, "", "", "CSV files holding SSDA903 tables (Header, Episodes, ...)"));
        }

        return found;
    }

    /// <summary>Streams the records of a recognised table file.</summary>
    public IEnumerable<Ssda903Record> ReadTable(Ssda903CsvTable table)
    {
        string name = System.IO.Path.GetFileName(table.Path);
        return Read(() => Open(table.Path), name, table.Schema);
    }

    /// <summary>Recognises the table from the stream's header row, then streams its records.</summary>
    public IEnumerable<Ssda903Record> Read(Stream stream, string fileName) => Read(() => stream, fileName, null, ownsStream: false);

    private static FileStream Open(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 65536, FileOptions.SequentialScan);

    private IEnumerable<Ssda903Record> Read(Func<Stream> open, string file, Ssda903TableSchema? expected, bool ownsStream = true)
    {
        var stream = open();
        try
        {
            using var csv = new CsvRowReader(stream, (line, value, expectedText) => Problems.Add(new ReturnProblem(file, line, null, "", value, expectedText)));
            var row = new CsvRow();
            var schema = ReadHeader(csv, row, file);
            if (schema is null || (expected is not null && schema.Table != expected.Table))
            {
                yield break;
            }

            var map = new int[schema.Columns.Count];
            for (int i = 0; i < row.Count; i++)
            {
                map[schema.IndexOf(row[i].Trim('\uFEFF').ToString())] = i;
            }

            int headerCount = row.Count;
            var source = new CsvFieldSource(row, map);
            var parser = new Ssda903RowParser(_options, Problems, file);
            while (csv.Read(row))
            {
                if (row.IsBlank)
                {
                    continue;
                }

                if (row.Count != headerCount)
                {
                    Problems.Add(new ReturnProblem(file, row.Line, null, "", Preview(row),
                        $"{headerCount} fields as in the header row; this row has {row.Count} (a comma too many or too few, or a value with a comma that is not in quotes)"));
                    continue;
                }

                if (row.HasReplacementCharacter)
                {
                    ReportNotUtf8(file, row, schema, map);
                    continue;
                }

                if (parser.Parse(schema, source) is { } record)
                {
                    yield return record;
                }
            }
        }
        finally
        {
            if (ownsStream)
            {
                stream.Dispose();
            }
        }
    }

    /// <summary>Reads the header row and recognises the table, reporting files that are not one.</summary>
    private Ssda903TableSchema? ReadHeader(CsvRowReader csv, CsvRow row, string file)
    {
        bool any;
        while ((any = csv.Read(row)) && row.IsBlank)
        {
        }

        if (!any)
        {
            Problems.Add(new ReturnProblem(file, null, null, "", "", "a header row: the file is empty and is ignored")
            {
                Severity = ReturnProblemSeverity.Warning,
            });
            return null;
        }

        if (row.HasReplacementCharacter)
        {
            Problems.Add(new ReturnProblem(file, row.Line, null, "", Preview(row), NotUtf8Expected));
            return null;
        }

        var columns = new List<string>(row.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < row.Count; i++)
        {
            string column = row[i].Trim('\uFEFF').ToString().ToUpperInvariant();
            if (!seen.Add(column))
            {
                Problems.Add(new ReturnProblem(file, row.Line, null, column, column, "each column once in the header row"));
                return null;
            }

            columns.Add(column);
        }

        foreach (var table in Ssda903Schema.AllTables)
        {
            if (table.Columns.Count == columns.Count && columns.All(c => table.IndexOf(c) >= 0))
            {
                if (_year[table.Table] is { } inYear)
                {
                    return inYear;
                }

                Problems.Add(new ReturnProblem(file, row.Line, null, "", string.Join(",", columns),
                    $"a table of the {_options.Year.Label} return: the {table.Name} table starts in a later year, so this file is ignored")
                {
                    Severity = ReturnProblemSeverity.Warning,
                });
                return null;
            }
        }

        var best = Ssda903Schema.AllTables
            .Select(t => (Table: t, Shared: columns.Count(c => !SharedColumns.Contains(c) && t.IndexOf(c) >= 0)))
            .MaxBy(x => x.Shared);
        if (best.Shared == 0)
        {
            Problems.Add(new ReturnProblem(file, row.Line, null, "", string.Join(",", columns),
                "the columns of an SSDA903 table: this file is not a SSDA903 table, ignored")
            {
                Severity = ReturnProblemSeverity.Warning,
            });
            return null;
        }

        var missing = best.Table.Columns.Select(c => c.Name).Where(c => !columns.Contains(c)).ToList();
        var extra = columns.Where(c => best.Table.IndexOf(c) < 0).ToList();
        Problems.Add(new ReturnProblem(file, row.Line, null, "", string.Join(",", columns),
            $"the columns of the {best.Table.Name} table ({string.Join(",", best.Table.Columns.Select(c => c.Name))})" +
            (missing.Count > 0 ? $"; missing {string.Join(", ", missing)}" : "") +
            (extra.Count > 0 ? $"; unknown {string.Join(", ", extra)}" : "")));
        return null;
    }

    private const string NotUtf8Expected =
        "UTF-8 text: this line has bytes that are not UTF-8 (shown as �), probably because the file was saved as Windows-1252 (ANSI); save it as CSV UTF-8";

    private void ReportNotUtf8(string file, CsvRow row, Ssda903TableSchema schema, int[] map)
    {
        for (int c = 0; c < map.Length; c++)
        {
            var value = row[map[c]];
            if (value.Contains('\uFFFD'))
            {
                Problems.Add(new ReturnProblem(file, row.Line, null, schema.Columns[c].Name, value.ToString(), NotUtf8Expected));
            }
        }
    }

    private static string Preview(CsvRow row)
    {
        var parts = new string[row.Count];
        for (int i = 0; i < row.Count; i++)
        {
            parts[i] = row[i].ToString();
        }

        return string.Join(",", parts);
    }

    private sealed class CsvFieldSource(CsvRow row, int[] map) : Ssda903FieldSource
    {
        public override int? LineOf(int column) => row.Line;

        public override ReadOnlySpan<char> Get(int column) => row[map[column]];

        public override string? PathOf(int column) => null;
    }
}
