using System.Diagnostics;
using OpenCsc.Borough.Generation;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.Returns;
using OpenCsc.Returns.CinCensus;
using OpenCsc.Returns.Ssda903;

namespace OpenCsc.IntegrationTests.Returns.Imports;

/// <summary>A synthetic borough exported, imported into an empty database and exported again gives the same returns.</summary>
public sealed class RoundTripTests(PostgresServer postgres)
{
    /// <summary>A Barnet-sized borough: 93,000 children, five years of history.</summary>
    private static readonly DemoBoroughOptions Borough = new() { Children = DemoBoroughOptions.DefaultChildren, Years = 5, Seed = 7, AsOf = new DateOnly(2026, 6, 30) };
    private static readonly CollectionYear Year = new(2025);

    private readonly TestDatabases _databases = new(postgres);

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task SyntheticBorough_ExportedImportedAndExportedAgain_GivesTheSameReturns(Engine engine)
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        DatabaseSettings source = await _databases.CreateAsync(engine);
        await DemoBorough.SeedAsync(source, Borough, null, force: false, ct);
        string folder = Directory.CreateTempSubdirectory("opencsc-roundtrip-").FullName;
        var first = await ExportAsync(source, Path.Combine(folder, "first"));

        DatabaseSettings target = await _databases.CreateMigratedAsync(engine);
        var clock = Stopwatch.StartNew();
        await using (AppDbContext db = AppDatabase.CreateContext(target))
        {
            // The SSDA903 first: the CIN census then has the last word on what both carry (UPN unknown reasons).
            await ImportSsda903.RunAsync(db, first.Ssda903, new Ssda903ReadOptions { Year = Year }, cancellationToken: ct);
            await ImportCinCensus.RunAsync(db, first.Cin, cancellationToken: ct);
        }

        TimeSpan importTime = clock.Elapsed;
        var second = await ExportAsync(target, Path.Combine(folder, "second"));

        CinSchema.AssertValid(first.Cin, Year);
        CinSchema.AssertValid(second.Cin, Year);
        CinCensus firstCin = CinCensusReader.ReadAll(first.Cin);
        CinCensus secondCin = CinCensusReader.ReadAll(second.Cin);
        Assert.True(firstCin.Children.Count > 3000, $"Only {firstCin.Children.Count} children in the CIN census.");
        AssertSameRecords(firstCin.Children.Select(c => (object)c), secondCin.Children.Select(c => (object)c), "CIN census");

        Ssda903Return first903 = Ssda903CsvReader.ReadFolder(first.Ssda903, new Ssda903ReadOptions { Year = Year });
        Ssda903Return second903 = Ssda903CsvReader.ReadFolder(second.Ssda903, new Ssda903ReadOptions { Year = Year });
        Assert.True(first903.Episodes.Count > 500, $"Only {first903.Episodes.Count} care episodes in the SSDA903.");
        foreach (Ssda903Table table in Enum.GetValues<Ssda903Table>())
        {
            AssertSameRecords(first903.Records(table), second903.Records(table), table.ToString());
        }

        TestContext.Current.SendDiagnosticMessage(
            $"{engine}: imported {firstCin.Children.Count} CIN and {first903.Headers.Count} SSDA903 children in {importTime.TotalSeconds:N1} s");
    }

    private static async Task<(string Cin, string Ssda903)> ExportAsync(DatabaseSettings settings, string folder)
    {
        Directory.CreateDirectory(folder);
        string cin = Path.Combine(folder, "cin.xml");
        string ssda903 = Path.Combine(folder, "ssda903");
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        await using (var stream = File.Create(cin))
        {
            await ExportCinCensus.WriteAsync(db, Year, stream, TestContext.Current.CancellationToken);
        }

        await ExportSsda903.WriteFolderAsync(db, Year, ssda903, TestContext.Current.CancellationToken);
        return (cin, ssda903);
    }

    private static void AssertSameRecords(IEnumerable<object> first, IEnumerable<object> second, string what)
    {
        var a = first.Select(r => r.ToString()!).Order(StringComparer.Ordinal).ToList();
        var b = second.Select(r => r.ToString()!).Order(StringComparer.Ordinal).ToList();
        var missing = a.Except(b).Take(3).ToList();
        var extra = b.Except(a).Take(3).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0 && a.Count == b.Count,
            $"{what}: {a.Count} records then {b.Count}; first only: {string.Join(" | ", missing)}; second only: {string.Join(" | ", extra)}");
        Assert.Equal(first.OrderBy(r => r.ToString(), StringComparer.Ordinal), second.OrderBy(r => r.ToString(), StringComparer.Ordinal));
    }
}
