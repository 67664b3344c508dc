using System.Text;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.IntegrationTests.Returns.Imports;
using OpenCsc.Returns;
using OpenCsc.Returns.Ssda903;

namespace OpenCsc.IntegrationTests.Returns.Fuzz;

/// <summary>The SSDA903 sample (CSV tables and XML, a 2023/24 return), damaged and imported for real.</summary>
[Trait("Category", TestCategories.Slow)]
public sealed class Ssda903FuzzTests(PostgresServer postgres)
{
    private static readonly Ssda903ReadOptions Options = new() { Year = new CollectionYear(2023) };

    private readonly TestDatabases _databases = new(postgres);

    public static TheoryData<string, Outcome, string?> CsvCases => new()
    {
        { "bom-and-crlf", Outcome.Imported, null },
        { "reordered-columns", Outcome.Imported, null },
        { "utf16", Outcome.Imported, null },
        { "latin1-bytes", Outcome.Rejected, null },
        { "truncated-row", Outcome.Rejected, null },
        { "empty-episodes-file", Outcome.RejectedOrImported, null },
        { "date-iso", Outcome.Imported, null }, // 2017-08-14 is read as the date it plainly is
        { "date-excel-serial", Outcome.Rejected, "DECOM" },
        { "date-two-digit-year", Outcome.Rejected, "DECOM" },
        { "date-31-february", Outcome.Rejected, "DECOM" },
        { "date-no-leading-zeros", Outcome.RejectedOrImported, null },
        { "text-in-number", Outcome.Rejected, "SDQ_SCORE" },
        { "formula-child", Outcome.Rejected, "CHILD" },
        { "duplicated-header-row", Outcome.Rejected, null },
        { "missing-column", Outcome.Rejected, null },
        { "empty-folder", Outcome.Rejected, null },
        { "unrelated-csv-only", Outcome.Rejected, null },
        { "huge-field", Outcome.Rejected, null },
        { "many-columns", Outcome.Rejected, null },
    };

    public static TheoryData<string, Outcome> XmlCases => new()
    {
        { "utf8-bom", Outcome.Imported },
        { "truncated", Outcome.Rejected },
        { "external-entity", Outcome.Rejected },
        { "billion-laughs", Outcome.Rejected },
        { "empty", Outcome.Rejected },
        { "deep-nesting", Outcome.Rejected },
    };

    [Theory]
    [MemberData(nameof(CsvCases))]
    public async Task DamagedCsvReturn_IsRejectedClearly_OrImportedCorrectly_NeverHalfImported(string damage, Outcome outcome, string? field)
    {
        DatabaseSettings clean = await _databases.CreateMigratedAsync(Engine.Sqlite);
        await ImportAsync(clean, ReturnsTestData.Ssda903Folder);
        var cleanCounts = await ReturnsTestData.CountsAsync(clean);
        string folder = WriteCsv(damage);

        DatabaseSettings empty = await _databases.CreateMigratedAsync(Engine.Sqlite);
        await FuzzedImport.CheckAsync(empty, db => ImportSsda903.RunAsync(db, folder, Options, cancellationToken: TestContext.Current.CancellationToken), outcome,
            damage is "empty-episodes-file" or "date-no-leading-zeros" ? null : cleanCounts, field);
    }

    [Theory]
    [MemberData(nameof(XmlCases))]
    public async Task DamagedXmlReturn_IsRejectedClearly_OrImportedCorrectly(string damage, Outcome outcome)
    {
        DatabaseSettings clean = await _databases.CreateMigratedAsync(Engine.Sqlite);
        await ImportAsync(clean, ReturnsTestData.Ssda903Xml);
        var cleanCounts = await ReturnsTestData.CountsAsync(clean);
        string path = WriteXml(damage);

        DatabaseSettings empty = await _databases.CreateMigratedAsync(Engine.Sqlite);
        await FuzzedImport.CheckAsync(empty, db => ImportSsda903.RunAsync(db, path, Options, cancellationToken: TestContext.Current.CancellationToken), outcome, cleanCounts);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task DamagedReturn_OverEarlierData_LeavesItAsItWas(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        await ImportAsync(settings, ReturnsTestData.Ssda903Folder);

        await FuzzedImport.CheckAsync(settings, db => ImportSsda903.RunAsync(db, WriteCsv("date-31-february"), Options, cancellationToken: TestContext.Current.CancellationToken),
            Outcome.Rejected, null, "DECOM");
    }

    private static async Task ImportAsync(DatabaseSettings settings, string path)
    {
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        await ImportSsda903.RunAsync(db, path, Options, cancellationToken: TestContext.Current.CancellationToken);
    }

    /// <summary>A copy of the sample's tables with one kind of damage, most of it to the last rows of a table.</summary>
    private static string WriteCsv(string damage)
    {
        string folder = FuzzedImport.Folder();
        Dictionary<string, string> files = Directory.GetFiles(ReturnsTestData.Ssda903Folder, "*.csv").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        string episodes = files["episodes.csv"].Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = episodes.TrimEnd('\n').Split('\n').ToList();
        // The last episode row; columns CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN.
        string[] last = lines[^1].Split(',');
        string WithLast(int column, string value)
        {
            var cells = (string[])last.Clone();
            cells[column] = value;
            return string.Join('\n', lines.Take(lines.Count - 1).Append(string.Join(',', cells))) + "\n";
        }

        switch (damage)
        {
            case "bom-and-crlf":
                files = files.ToDictionary(f => f.Key, f => "\uFEFF" + f.Value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal));
                break;
            case "reordered-columns":
                files["episodes.csv"] = string.Join('\n', lines.Select(l => string.Join(',', l.Split(',').Reverse()))) + "\n";
                break;
            case "utf16":
                files.Remove("header.csv");
                File.WriteAllText(Path.Combine(folder, "header.csv"), File.ReadAllText(Path.Combine(ReturnsTestData.Ssda903Folder, "header.csv")), Encoding.Unicode);
                break;
            case "latin1-bytes":
                files.Remove("episodes.csv");
                File.WriteAllBytes(Path.Combine(folder, "episodes.csv"), Encoding.Latin1.GetBytes(WithLast(11, "Caf\u00E9 1AA")));
                break;
            case "truncated-row":
                files["episodes.csv"] = string.Join('\n', lines.Take(lines.Count - 1)) + "\n" + lines[^1][..(lines[^1].Length / 2)];
                break;
            case "empty-episodes-file":
                files["episodes.csv"] = "";
                break;
            case "date-iso":
                files["episodes.csv"] = WithLast(1, FormatIso(last[1]));
                break;
            case "date-excel-serial":
                files["episodes.csv"] = WithLast(1, "42961");
                break;
            case "date-two-digit-year":
                files["episodes.csv"] = WithLast(1, "14/08/17");
                break;
            case "date-31-february":
                files["episodes.csv"] = WithLast(1, "31/02/2017");
                break;
            case "date-no-leading-zeros":
                files["episodes.csv"] = WithLast(1, "4/8/2017");
                break;
            case "text-in-number":
                var oc2 = files["oc2.csv"].Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').ToList();
                int sdq = Array.IndexOf(oc2[0].Split(','), "SDQ_SCORE");
                var cells = oc2[^1].Split(',');
                cells[sdq] = "ten";
                oc2[^1] = string.Join(',', cells);
                files["oc2.csv"] = string.Join('\n', oc2) + "\n";
                break;
            case "formula-child":
                files["episodes.csv"] = WithLast(0, "=HYPERLINK(\"\"http://example.invalid\"\")").Replace("=HYPERLINK(\"\"http://example.invalid\"\")", "\"=HYPERLINK(\"\"http://example.invalid\"\")\"", StringComparison.Ordinal);
                break;
            case "duplicated-header-row":
                files["episodes.csv"] = string.Join('\n', lines.Take(lines.Count / 2).Append(lines[0]).Concat(lines.Skip(lines.Count / 2))) + "\n";
                break;
            case "missing-column":
                files["episodes.csv"] = string.Join('\n', lines.Select(l => string.Join(',', l.Split(',').Where((_, i) => i != 1)))) + "\n";
                break;
            case "empty-folder":
                files.Clear();
                break;
            case "unrelated-csv-only":
                files = new Dictionary<string, string> { ["budget.csv"] = "cost centre,amount\nCS01,1000\n" };
                break;
            case "huge-field":
                files["episodes.csv"] = WithLast(11, new string('A', 8 * 1024 * 1024));
                break;
            case "many-columns":
                files["episodes.csv"] = lines[0] + string.Concat(Enumerable.Range(0, 100_000).Select(i => ",X" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "\n" + string.Join('\n', lines.Skip(1)) + "\n";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(damage), damage, "no such damage");
        }

        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }

        return folder;
    }

    private static string FormatIso(string ukDate) => string.Join('-', ukDate.Split('/').Reverse());

    private static string WriteXml(string damage)
    {
        string path = Path.Combine(FuzzedImport.Folder(), "ssda903.xml");
        string text = File.ReadAllText(ReturnsTestData.Ssda903Xml);
        int root = text.IndexOf('<', text.StartsWith("<?xml", StringComparison.Ordinal) ? text.IndexOf("?>", StringComparison.Ordinal) : 0);
        switch (damage)
        {
            case "utf8-bom":
                File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
                break;
            case "truncated":
                File.WriteAllText(path, text[..(text.Length * 3 / 4)]);
                break;
            case "external-entity":
                File.WriteAllText(path, text.Insert(root, "<!DOCTYPE Message [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"));
                break;
            case "billion-laughs":
                File.WriteAllText(path, text.Insert(root, "<!DOCTYPE Message [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"));
                break;
            case "empty":
                File.WriteAllBytes(path, []);
                break;
            case "deep-nesting":
                int last = text.LastIndexOf("</CHILD>", StringComparison.Ordinal);
                File.WriteAllText(path, text[..last] + string.Concat(Enumerable.Repeat("<x>", 200_000)) + string.Concat(Enumerable.Repeat("</x>", 200_000)) + text[last..]);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(damage), damage, "no such damage");
        }

        return path;
    }
}
