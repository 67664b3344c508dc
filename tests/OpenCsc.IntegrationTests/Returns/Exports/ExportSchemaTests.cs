using OpenCsc.Borough.Generation;
using OpenCsc.Data;
using OpenCsc.Returns;
using OpenCsc.Returns.CinCensus;
using OpenCsc.Returns.Ssda903;
using OpenCsc.Testing;

namespace OpenCsc.IntegrationTests.Returns.Exports;

/// <summary>A synthetic borough seeded once (SQLite) for the schema tests, which only read it.</summary>
public sealed class SchemaBorough : IAsyncLifetime
{
    /// <summary>Five years of history to 30 June 2026: the collection years the schemas cover (2022/23 to 2025/26) lie wholly inside it.</summary>
    private static readonly DemoBoroughOptions Options = new() { Children = 20_000, Years = 5, Seed = 3, AsOf = new DateOnly(2026, 6, 30) };

    private string _folder = "";

    public DatabaseSettings Settings { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("opencsc-schema-").FullName;
        Settings = DatabaseSettings.ForSqliteFile(Path.Combine(_folder, "borough.db"));
        await DemoBorough.SeedAsync(Settings, Options, null, force: false, CancellationToken.None);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}

/// <summary>The exports of a synthetic borough validate against the DfE's schemas, read from the shared folder.</summary>
[Trait("Category", TestCategories.Slow)]
public sealed class ExportSchemaTests(SchemaBorough borough) : IClassFixture<SchemaBorough>
{
    /// <summary>The collection years whose CIN census schema the shared folder holds: CIN_schema_2023.xsd (2022/23) to CIN_schema_2026.xsd (2025/26).</summary>
    public static TheoryData<int> CinYears => [2022, 2023, 2024, 2025];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(CinYears))]
    public async Task CinCensusExport_OfASyntheticBorough_ValidatesAgainstThatYearsSchema(int collectionYear)
    {
        // Arrange
        var year = new CollectionYear(collectionYear);
        string xsd = SharedFolder.Require($"formats/cin/CIN_schema_{year.CinSchemaYear}.xsd");
        using var output = new MemoryStream();

        // Act
        int children;
        await using (AppDbContext db = AppDatabase.CreateContext(borough.Settings))
        {
            children = await ExportCinCensus.WriteAsync(db, year, output, Ct);
        }

        // Assert
        Assert.True(children > 500, $"Only {children} children in the {year} census.");
        AssertValid(XsdValidation.Validate(output.ToArray(), xsd), $"CIN census {year} against {Path.GetFileName(xsd)}");
    }

    [Theory]
    [MemberData(nameof(CinYears))]
    public async Task Ssda903XmlExport_OfASyntheticBorough_ValidatesAgainstClaXsd(int collectionYear)
    {
        // Arrange
        var year = new CollectionYear(collectionYear);
        string xsd = SharedFolder.Require("formats/ssda903/CLA.xsd");
        string path = Path.Combine(Directory.CreateTempSubdirectory("opencsc-schema-").FullName, "ssda903.xml");

        // Act
        Ssda903Return data;
        await using (AppDbContext db = AppDatabase.CreateContext(borough.Settings))
        {
            data = await ExportSsda903.WriteXmlAsync(db, year, path, Ct);
        }

        // Assert
        Assert.True(data.Episodes.Count > 100, $"Only {data.Episodes.Count} care episodes in the {year} SSDA903.");
        AssertValid(XsdValidation.ValidateFile(path, xsd), $"SSDA903 XML {year} against CLA.xsd");
    }

    [Fact]
    public async Task Validation_OfAnExportWithOneElementMisspeltOrAnotherRoot_ReportsIt()
    {
        // Arrange: the 2025/26 export, then one element renamed, and the whole file under another root
        var year = new CollectionYear(2025);
        string xsd = SharedFolder.Require($"formats/cin/CIN_schema_{year.CinSchemaYear}.xsd");
        using var output = new MemoryStream();
        await using (AppDbContext db = AppDatabase.CreateContext(borough.Settings))
        {
            await ExportCinCensus.WriteAsync(db, year, output, Ct);
        }

        string xml = System.Text.Encoding.UTF8.GetString(output.ToArray());
        int start = xml.IndexOf("<ReferralNFA>", StringComparison.Ordinal);
        int end = xml.IndexOf("</ReferralNFA>", start, StringComparison.Ordinal);
        string misspelt = string.Concat(xml[..start], "<ReferralNfa>", xml[(start + "<ReferralNFA>".Length)..end], "</ReferralNfa>", xml[(end + "</ReferralNFA>".Length)..]);
        string otherRoot = xml.Replace("<Message>", "<Census>", StringComparison.Ordinal).Replace("</Message>", "</Census>", StringComparison.Ordinal);

        // Act
        var misspeltErrors = XsdValidation.Validate(System.Text.Encoding.UTF8.GetBytes(misspelt), xsd);
        var otherRootErrors = XsdValidation.Validate(System.Text.Encoding.UTF8.GetBytes(otherRoot), xsd);

        // Assert
        Assert.Contains(misspeltErrors, e => e.Contains("ReferralNfa", StringComparison.Ordinal));
        Assert.Contains(otherRootErrors, e => e.Contains("Census", StringComparison.Ordinal));
    }

    private static void AssertValid(IReadOnlyList<string> errors, string what) =>
        Assert.True(errors.Count == 0, $"{what}: {errors.Count} validation errors, the first: {string.Join(" | ", errors.Take(5))}");
}
