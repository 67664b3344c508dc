using OpenCsc.Returns;
using OpenCsc.Returns.Ssda903;

namespace OpenCsc.Tests.Returns.Ssda903;

/// <summary>The C# tables must say what the DfE schema files say, year by year.</summary>
public class Ssda903SchemaTests
{
    private static readonly Dictionary<string, Ssda903Table> TableNames = new(StringComparer.Ordinal)
    {
        ["header"] = Ssda903Table.Header,
        ["episodes"] = Ssda903Table.Episodes,
        ["reviews"] = Ssda903Table.Reviews,
        ["uasc"] = Ssda903Table.Uasc,
        ["oc2"] = Ssda903Table.Oc2,
        ["oc3"] = Ssda903Table.Oc3,
        ["ad1"] = Ssda903Table.Ad1,
        ["placed_adoption"] = Ssda903Table.PlacedAdoption,
        ["prev_perm"] = Ssda903Table.PrevPerm,
        ["missing"] = Ssda903Table.Missing,
        ["social_worker"] = Ssda903Table.SwEpisodes,
    };

    public static TheoryData<int> Years => [2016, 2017, 2018, 2020, 2021, 2022, 2023, 2024, 2025, 2026];

    [Theory]
    [MemberData(nameof(Years))]
    public void Tables_columns_and_codes_match_the_schema_files(int collectionYear)
    {
        // Arrange
        var year = new CollectionYear(collectionYear);
        var expected = SchemaFiles.ForCollectionYear(year);

        // Act
        var schema = Ssda903Schema.For(year);

        // Assert
        Assert.Equal(expected.Keys.Select(t => TableNames[t]).Order(), schema.Tables.Select(t => t.Table).Order());
        foreach (var (name, columns) in expected)
        {
            var table = schema[TableNames[name]]!;
            // The DfE tool's files (the samples) put UASC's SEX before DOB; the writer follows them, so compare as sets.
            Assert.Equal(columns.Select(c => c.Name).Order(StringComparer.Ordinal), table.Columns.Select(c => c.Name).Order(StringComparer.Ordinal));
            foreach (var column in columns)
            {
                var actual = table.Columns[table.IndexOf(column.Name)];
                Assert.True(column.Required == actual.Required, $"{name}.{column.Name} required");
                Assert.True(column.Kind == actual.Kind, $"{name}.{column.Name}: {column.Kind} in the file, {actual.Kind} here");
                Assert.Equal(column.Codes, actual.Codes?.Codes ?? []);
            }
        }
    }

    [Fact]
    public void Social_worker_episodes_start_in_2023_24_and_sex_is_MFU_from_2024_25()
    {
        Assert.Null(Ssda903Schema.For(new CollectionYear(2022))[Ssda903Table.SwEpisodes]);
        Assert.NotNull(Ssda903Schema.For(new CollectionYear(2023))[Ssda903Table.SwEpisodes]);
        Assert.Equal(["1", "2"], Ssda903Schema.For(new CollectionYear(2023))[Ssda903Table.Header]!.Columns[1].Codes!.Codes);
        Assert.Equal(["M", "F", "U"], Ssda903Schema.For(new CollectionYear(2024))[Ssda903Table.Uasc]!.Columns[1].Codes!.Codes);
    }

    [Fact]
    public void Column_order_is_that_of_the_DfE_tools_files()
    {
        string folder = SharedFormats.Require("samples", "ssda903");
        var schema = Ssda903Schema.For(new CollectionYear(2023));
        int compared = 0;
        foreach (string file in Directory.GetFiles(folder, "*.csv"))
        {
            var header = File.ReadLines(file).First().Trim('\uFEFF').Split(',');
            var table = schema.Tables.FirstOrDefault(t => t.FileName == Path.GetFileName(file));
            if (table is not null)
            {
                Assert.Equal(header, table.Columns.Select(c => c.Name));
                compared++;
            }
        }

        Assert.Equal(11, compared);
    }

    private sealed record FileColumn(string Name, Ssda903ColumnKind Kind, bool Required, List<string> Codes);

    /// <summary>Reads SSDA903_schema_2017.yml and the diff files: just enough YAML for their shape.</summary>
    private static class SchemaFiles
    {
        public static Dictionary<string, List<FileColumn>> ForCollectionYear(CollectionYear year)
        {
            string folder = SharedFormats.Require("formats", "ssda903");
            var tables = ParseColumns(File.ReadAllLines(Path.Combine(folder, "SSDA903_schema_2017.yml")).Skip(1).ToList(), 4);
            foreach (string diff in Directory.GetFiles(folder, "SSDA903_schema_*.diff.yml").Order(StringComparer.Ordinal))
            {
                int schemaYear = int.Parse(Path.GetFileName(diff)["SSDA903_schema_".Length..][..4], System.Globalization.CultureInfo.InvariantCulture);
                if (schemaYear <= year.CinSchemaYear)
                {
                    ApplyDiff(tables, File.ReadAllLines(diff));
                }
            }

            return tables;
        }

        private static void ApplyDiff(Dictionary<string, List<FileColumn>> tables, string[] lines)
        {
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith(' ') || !lines[i].StartsWith("column_map.", StringComparison.Ordinal))
                {
                    continue;
                }

                string[] key = lines[i].TrimEnd(':').Split('.');
                var body = lines.Skip(i + 1).TakeWhile(l => l.StartsWith(' ') || l.Length == 0).ToList();
                int valueAt = body.FindIndex(l => l.Trim() == "value:");
                var value = body.Skip(valueAt + 1).ToList();
                if (key.Length == 2)
                {
                    var added = ParseColumns(["  " + key[1] + ":", .. value.Select(l => "  " + l)], 2);
                    tables[key[1]] = added[key[1]];
                }
                else
                {
                    var column = tables[key[1]].First(c => c.Name == key[2]);
                    column.Codes.Clear();
                    column.Codes.AddRange(value.Select(Code).OfType<string>());
                }
            }
        }

        private static Dictionary<string, List<FileColumn>> ParseColumns(List<string> lines, int tableIndent)
        {
            var tables = new Dictionary<string, List<FileColumn>>(StringComparer.Ordinal);
            List<FileColumn>? table = null;
            string? column = null;
            int columnIndent = -1;
            string kind = "";
            bool required = false;
            var codes = new List<string>();
            void Flush()
            {
                if (table is not null && column is not null)
                {
                    var k = kind switch
                    {
                        "date" when column == "DATE_PERM" => Ssda903ColumnKind.PartialDate,
                        "date" => Ssda903ColumnKind.Date,
                        "numeric" => Ssda903ColumnKind.Integer,
                        "category" when codes.SequenceEqual(["0", "1"]) => Ssda903ColumnKind.YesNo,
                        "category" => Ssda903ColumnKind.Code,
                        _ => Ssda903ColumnKind.Text,
                    };
                    table.Add(new FileColumn(column, k, required, k is Ssda903ColumnKind.Code or Ssda903ColumnKind.YesNo ? [.. codes] : []));
                }

                column = null;
                codes.Clear();
            }

            foreach (string line in lines)
            {
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                int indent = line.Length - line.TrimStart().Length;
                string text = line.Trim();
                if (indent == tableIndent)
                {
                    Flush();
                    table = [];
                    tables[text.TrimEnd(':')] = table;
                    columnIndent = -1;
                }
                else if (columnIndent < 0 || indent == columnIndent)
                {
                    Flush();
                    columnIndent = indent;
                    column = text.TrimEnd(':');
                    required = false;
                    kind = "";
                }
                else if (text.StartsWith("canbeblank:", StringComparison.Ordinal))
                {
                    required = text.EndsWith("no", StringComparison.Ordinal);
                }
                else if (Code(text) is { } code)
                {
                    codes.Add(code);
                }
                else if (kind.Length == 0 && text.EndsWith(':') || text.StartsWith("string:", StringComparison.Ordinal) || text.StartsWith("date:", StringComparison.Ordinal))
                {
                    kind = kind.Length == 0 ? text.Split(':')[0] : kind;
                }
            }

            Flush();
            return tables;
        }

        private static string? Code(string line)
        {
            string text = line.Trim();
            return text.StartsWith("- code:", StringComparison.Ordinal) ? text["- code:".Length..].Trim().Trim('"') : null;
        }
    }
}
