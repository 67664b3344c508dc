using System.Text;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.IntegrationTests.Returns.Imports;
using OpenCsc.Returns;
using OpenCsc.Returns.CinCensus;

namespace OpenCsc.IntegrationTests.Returns.Fuzz;

/// <summary>The CIN census sample (332 children), damaged in the ways real and hostile files are, imported for real.</summary>
[Trait("Category", TestCategories.Slow)]
public sealed class CinCensusFuzzTests(PostgresServer postgres)
{
    private readonly TestDatabases _databases = new(postgres);

    private static string Sample => File.ReadAllText(ReturnsTestData.CinSample);

    public static TheoryData<string, Outcome, string?> Cases => new()
    {
        { "empty", Outcome.Rejected, null },
        { "truncated-half", Outcome.Rejected, null },
        { "truncated-last-element", Outcome.Rejected, null },
        { "header-only", Outcome.RejectedOrImported, null },
        { "utf8-bom", Outcome.Imported, null },
        { "crlf", Outcome.Imported, null },
        { "utf16", Outcome.RejectedOrImported, null },
        { "latin1-bytes", Outcome.Rejected, null },
        { "date-as-words", Outcome.Rejected, "PersonBirthDate" },
        { "date-31-february", Outcome.Rejected, "PersonBirthDate" },
        { "date-excel-serial", Outcome.Rejected, "PersonBirthDate" },
        { "date-uk-format", Outcome.Rejected, "PersonBirthDate" },
        { "reordered-elements", Outcome.RejectedOrImported, null },
        { "external-entity", Outcome.Rejected, null },
        { "billion-laughs", Outcome.Rejected, null },
        { "huge-value", Outcome.Rejected, null },
        { "deep-nesting", Outcome.Rejected, null },
        { "formula-child-id", Outcome.Rejected, "LAchildID" },
        { "not-xml", Outcome.Rejected, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task DamagedFile_IsRejectedClearly_OrImportedCorrectly_NeverHalfImported(string damage, Outcome outcome, string? field)
    {
        DatabaseSettings clean = await _databases.CreateMigratedAsync(Engine.Sqlite);
        await ImportAsync(clean, ReturnsTestData.CinSample);
        var cleanCounts = await ReturnsTestData.CountsAsync(clean);
        // Damage late in the file where the damage is to a value, so a half import would have written children first.
        string path = Write(damage);

        DatabaseSettings empty = await _databases.CreateMigratedAsync(Engine.Sqlite);
        await FuzzedImport.CheckAsync(empty, db => ImportCinCensus.RunAsync(db, path, cancellationToken: TestContext.Current.CancellationToken), outcome,
            damage == "header-only" ? null : cleanCounts, field);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task DamagedFile_OverEarlierData_LeavesItAsItWas(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        await ImportAsync(settings, ReturnsTestData.CinSample);

        await FuzzedImport.CheckAsync(settings, db => ImportCinCensus.RunAsync(db, Write("date-31-february"), cancellationToken: TestContext.Current.CancellationToken),
            Outcome.Rejected, null, "PersonBirthDate");
    }

    private static async Task ImportAsync(DatabaseSettings settings, string path)
    {
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        await ImportCinCensus.RunAsync(db, path, cancellationToken: TestContext.Current.CancellationToken);
    }

    private static string Write(string damage)
    {
        string path = Path.Combine(FuzzedImport.Folder(), "cin.xml");
        string text = Sample;
        int lastBirth = text.LastIndexOf("<PersonBirthDate>", StringComparison.Ordinal) + "<PersonBirthDate>".Length;
        string LastBirthDate(string value) => text[..lastBirth] + value + text[text.IndexOf('<', lastBirth)..];
        switch (damage)
        {
            case "empty":
                File.WriteAllBytes(path, []);
                break;
            case "truncated-half":
                File.WriteAllText(path, text[..(text.Length / 2)]);
                break;
            case "truncated-last-element":
                File.WriteAllText(path, text[..text.LastIndexOf("</Message>", StringComparison.Ordinal)]);
                break;
            case "header-only":
                File.WriteAllText(path, text[..text.IndexOf("<Children>", StringComparison.Ordinal)] + "<Children></Children></Message>");
                break;
            case "utf8-bom":
                File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
                break;
            case "crlf":
                File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal));
                break;
            case "utf16":
                File.WriteAllText(path, text, Encoding.Unicode);
                break;
            case "latin1-bytes":
                // A value written by a system that thinks in Latin-1: é as the single byte 0xE9, not valid UTF-8.
                int ethnicity = text.LastIndexOf("<Ethnicity>", StringComparison.Ordinal) + "<Ethnicity>".Length;
                File.WriteAllBytes(path, Encoding.Latin1.GetBytes(text[..ethnicity] + "\u00E9" + text[ethnicity..]));
                break;
            case "date-as-words":
                File.WriteAllText(path, LastBirthDate("yesterday"));
                break;
            case "date-31-february":
                File.WriteAllText(path, LastBirthDate("2011-02-31"));
                break;
            case "date-excel-serial":
                File.WriteAllText(path, LastBirthDate("40660"));
                break;
            case "date-uk-format":
                File.WriteAllText(path, LastBirthDate("27/04/2011"));
                break;
            case "reordered-elements":
                int start = text.LastIndexOf("<PersonBirthDate>", StringComparison.Ordinal);
                int end = text.IndexOf("</PersonBirthDate>", start, StringComparison.Ordinal) + "</PersonBirthDate>".Length;
                string birth = text[start..end];
                string without = text[..start] + text[end..];
                int closing = without.LastIndexOf("</ChildCharacteristics>", StringComparison.Ordinal);
                File.WriteAllText(path, without[..closing] + birth + without[closing..]);
                break;
            case "external-entity":
                File.WriteAllText(path, text.Replace("<Message>", "<!DOCTYPE Message [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Message>", StringComparison.Ordinal)
                    .Replace("<LEA>975</LEA>", "<LEA>&x;</LEA>", StringComparison.Ordinal));
                break;
            case "billion-laughs":
                var dtd = new StringBuilder("<!DOCTYPE Message [<!ENTITY l0 \"lol\">");
                for (int i = 1; i <= 9; i++)
                {
                    dtd.Append(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY l{i} \"{string.Concat(Enumerable.Repeat($"&l{i - 1};", 10))}\">"));
                }

                dtd.Append("]>");
                File.WriteAllText(path, text.Replace("<Message>", dtd + "<Message>", StringComparison.Ordinal).Replace("<LEA>975</LEA>", "<LEA>&l9;</LEA>", StringComparison.Ordinal));
                break;
            case "huge-value":
                File.WriteAllText(path, LastBirthDate(new string('9', 8 * 1024 * 1024)));
                break;
            case "deep-nesting":
                int child = text.LastIndexOf("<ChildCharacteristics>", StringComparison.Ordinal);
                const int depth = 200_000;
                File.WriteAllText(path, text[..child] + string.Concat(Enumerable.Repeat("<x>", depth)) + string.Concat(Enumerable.Repeat("</x>", depth)) + text[child..]);
                break;
            case "formula-child-id":
                int id = text.LastIndexOf("<LAchildID>", StringComparison.Ordinal) + "<LAchildID>".Length;
                File.WriteAllText(path, text[..id] + "=HYPERLINK(&quot;http://example.invalid&quot;)" + text[text.IndexOf('<', id)..]);
                break;
            case "not-xml":
                File.WriteAllText(path, "CHILD,SEX,DOB\n1,M,01/01/2010\n");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(damage), damage, "no such damage");
        }

        return path;
    }
}
