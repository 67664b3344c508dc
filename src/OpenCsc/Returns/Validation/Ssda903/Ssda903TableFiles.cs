using OpenCsc.Returns.Ssda903;

namespace OpenCsc.Returns.Validation.Ssda903;

/// <summary>One SSDA903 table as the validator knows it: the DfE's name, its file name and its columns.</summary>
public sealed record Ssda903TableFile(string Name, string FileName, IReadOnlyList<string> Columns);

/// <summary>
/// Reads a folder of SSDA903 CSV tables as raw strings for the validator. A file is recognised by its name
/// (header.csv, Header.csv, placed_for_adoption.csv, ...) or else by the columns it shares with a table; a table
/// may lack optional columns (the rules that need them say so). Problems name the file and line.
/// </summary>
public static class Ssda903TableFiles
{
    private static readonly HashSet<string> SharedColumns = new(StringComparer.Ordinal) { "CHILD", "DOB", "SEX" };

    /// <summary>Every table of the 2026/27 return: the import schema's tables and the deprivation of liberty orders (DoLo).</summary>
    public static IReadOnlyList<Ssda903TableFile> All { get; } =
    [
        .. Ssda903Schema.For(Ssda903Schema.LastKnownYear).Tables.Select(t => new Ssda903TableFile(t.Name, t.FileName, [.. t.Columns.Select(c => c.Name)])),
        new Ssda903TableFile("DoLo", "dolo.csv", ["CHILD", "DOB", "DOLO_START", "DOLO_END"]),
    ];

    public static Ssda903TableFile? Find(string name) => All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads the tables of a folder (or one CSV file) into <paramref name="tables"/>, each named with <paramref name="suffix"/> ("_last" for the previous year).</summary>
    /// <exception cref="ReturnReadException">A file cannot be read; every problem is listed.</exception>
    public static IReadOnlyList<ReturnProblem> Load(string path, ReturnTables tables, string suffix = "")
    {
        var problems = new ReturnProblems();
        IEnumerable<string> files;
        if (File.Exists(path))
        {
            files = [path];
        }
        else if (Directory.Exists(path))
        {
            files = Directory.EnumerateFiles(path, "*", SearchOption.TopDirectoryOnly)
                .Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        else
        {
            throw new ReturnReadException([new ReturnProblem(path, null, null, "", "", "a folder of SSDA903 CSV tables (or one CSV file): it does not exist")]);
        }

        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string file in files)
        {
            ReturnTable? table = ReadFile(file, problems);
            if (table is null)
            {
                continue;
            }

            if (seen.TryGetValue(table.Name, out string? earlier))
            {
                problems.Add(new ReturnProblem(Path.GetFileName(file), 1, null, "", "", $"one file per table: {earlier} already holds the {table.Name} table"));
                continue;
            }

            seen[table.Name] = Path.GetFileName(file);
            tables.Add(suffix.Length == 0 ? table : Rename(table, table.Name + suffix));
        }

        problems.ThrowIfErrors();
        return [.. problems.Warnings];
    }

    private static ReturnTable Rename(ReturnTable table, string name)
    {
        var rows = new List<string?[]>(table.RowCount);
        var columns = table.ColumnNames.Select(table.Find).ToArray();
        for (int r = 0; r < table.RowCount; r++)
        {
            rows.Add([.. columns.Select(c => c![r])]);
        }

        return new ReturnTable(name, table.ColumnNames, rows, table.Source);
    }

    private static ReturnTable? ReadFile(string path, ReturnProblems problems)
    {
        string name = Path.GetFileName(path);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 65536);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ReturnProblem(name, null, null, "", "", $"a readable file: {e.Message}"));
            return null;
        }

        using (stream)
        {
            return ReadStream(stream, name, path, problems);
        }
    }

    /// <summary>
    /// Reads one table from a stream (OpenCSC's own data exported in memory, for the data quality runs) into
    /// <paramref name="tables"/>, named with <paramref name="suffix"/>.
    /// </summary>
    /// <exception cref="ReturnReadException">The table cannot be read.</exception>
    public static void LoadStream(Stream stream, string fileName, ReturnTables tables, string suffix = "")
    {
        var problems = new ReturnProblems();
        ReturnTable? table = ReadStream(stream, fileName, fileName, problems);
        problems.ThrowIfErrors();
        if (table is not null)
        {
            tables.Add(suffix.Length == 0 ? table : Rename(table, table.Name + suffix));
        }
    }

    private static ReturnTable? ReadStream(Stream stream, string name, string path, ReturnProblems problems)
    {
        {
            using var csv = new CsvRowReader(stream, (line, value, expected) => problems.Add(new ReturnProblem(name, line, null, "", value, expected)));
            var row = new CsvRow();
            bool any;
            while ((any = csv.Read(row)) && row.IsBlank)
            {
            }

            if (!any)
            {
                problems.Add(new ReturnProblem(name, null, null, "", "", "a header row: the file is empty and is ignored") { Severity = ReturnProblemSeverity.Warning });
                return null;
            }

            var columns = new List<string>(row.Count);
            for (int i = 0; i < row.Count; i++)
            {
                string column = row[i].Trim('\uFEFF').ToString().ToUpperInvariant();
                if (columns.Contains(column))
                {
                    problems.Add(new ReturnProblem(name, row.Line, null, column, column, "each column once in the header row"));
                    return null;
                }

                columns.Add(column);
            }

            Ssda903TableFile? table = Recognise(name, columns);
            if (table is null)
            {
                problems.Add(new ReturnProblem(name, row.Line, null, "", string.Join(",", columns), "the columns of an SSDA903 table: this file is not one, ignored")
                {
                    Severity = ReturnProblemSeverity.Warning,
                });
                return null;
            }

            var rows = new List<string?[]>();
            while (csv.Read(row))
            {
                // An empty line is no row (as pandas, and so the DfE's tool, reads it); a row of commas is a row.
                if (row.Count == 1 && row.IsBlank)
                {
                    continue;
                }

                if (row.HasReplacementCharacter)
                {
                    problems.Add(new ReturnProblem(name, row.Line, null, "", row.Preview(), "UTF-8 text: this line has bytes that are not UTF-8; save the file as CSV UTF-8"));
                }

                if (row.Count > columns.Count)
                {
                    problems.Add(new ReturnProblem(name, row.Line, null, "", row.Preview(), $"at most {columns.Count} fields, as in the header row"));
                }

                var values = new string?[columns.Count];
                for (int i = 0; i < Math.Min(row.Count, columns.Count); i++)
                {
                    values[i] = row[i].ToString();
                }

                rows.Add(values);
            }

            return new ReturnTable(table.Name, columns, rows, path);
        }
    }

    private static Ssda903TableFile? Recognise(string fileName, List<string> columns)
    {
        string stem = Key(Path.GetFileNameWithoutExtension(fileName));
        Ssda903TableFile? byName = All.FirstOrDefault(t => Key(t.Name) == stem || Key(Path.GetFileNameWithoutExtension(t.FileName)) == stem);
        if (byName is not null)
        {
            return byName;
        }

        var best = All
            .Select(t => (Table: t, Shared: columns.Count(c => !SharedColumns.Contains(c) && t.Columns.Contains(c))))
            .MaxBy(x => x.Shared);
        return best.Shared > 0 ? best.Table : null;
    }

    private static string Key(string name) => name.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
}
