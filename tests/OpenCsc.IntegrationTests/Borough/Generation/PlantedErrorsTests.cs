using OpenCsc.Borough.Generation;
using OpenCsc.Data;
using OpenCsc.DataQuality;
using OpenCsc.Returns;
using OpenCsc.Returns.CinCensus;
using OpenCsc.Returns.Validation;
using OpenCsc.Returns.Validation.CinCensus;
using OpenCsc.Returns.Validation.Ssda903;

namespace OpenCsc.IntegrationTests.Borough.Generation;

/// <summary>
/// A clean synthetic borough's SSDA903 and CIN census exports fail no DfE rule, and a borough seeded with planted
/// errors fails exactly the planted rules on the planted children. Both returns are exported as they would be sent
/// (the SSDA903 CSV tables and the CIN census XML, in memory) for the collection year containing the as-of date and
/// checked in year, from 1 April to the as-of date, with that year's rules (2026/27 SSDA903, 2025/26 CIN).
/// </summary>
[Trait("Category", TestCategories.Slow)]
public sealed class PlantedErrorsTests : IDisposable
{
    private static readonly DateOnly AsOf = new(2026, 11, 20);

    private readonly string _folder = Directory.CreateTempSubdirectory("opencsc-planted-").FullName;

    [Fact]
    public async Task CleanBorough_ReturnsFailNoRule()
    {
        (SeedResult result, DatabaseSettings settings) = await SeedAsync(plant: false);

        IReadOnlyList<(string Collection, string Rule, string Child)> errors = await ErrorsAsync(settings);

        Assert.Empty(result.PlantedErrors);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task PlantedBorough_FailsExactlyThePlantedRulesOnThePlantedChildren()
    {
        (SeedResult result, DatabaseSettings settings) = await SeedAsync(plant: true);

        IReadOnlyList<(string Collection, string Rule, string Child)> errors = await ErrorsAsync(settings);

        Assert.Equal(13, result.PlantedErrors.Count);
        Assert.Equal(13, result.PlantedErrors.Select(p => p.Rule).Distinct().Count());
        Assert.Equal(13, result.PlantedErrors.Select(p => p.LaChildId).Distinct().Count());
        Assert.Equal(
            string.Join("\n", result.PlantedErrors.Select(p => $"{p.Collection} {p.Rule} {p.LaChildId}").Order(StringComparer.Ordinal)),
            string.Join("\n", errors.Select(e => $"{e.Collection} {e.Rule} {e.Child}").Order(StringComparer.Ordinal)));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<(SeedResult Result, DatabaseSettings Settings)> SeedAsync(bool plant)
    {
        DatabaseSettings settings = DatabaseSettings.ForSqliteFile(Path.Combine(_folder, plant ? "planted.db" : "clean.db"));
        var options = new DemoBoroughOptions { Children = 5_000, Years = 3, Seed = 1, AsOf = AsOf, PlantErrors = plant };
        SeedResult result = await DemoBorough.SeedAsync(settings, options, null, force: false, TestContext.Current.CancellationToken);
        return (result, settings);
    }

    /// <summary>Each error's return, rule and child, once however many rows it flags.</summary>
    private static async Task<IReadOnlyList<(string Collection, string Rule, string Child)>> ErrorsAsync(DatabaseSettings settings)
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        CollectionYear year = CollectionYear.Containing(AsOf);
        await using AppDbContext db = AppDatabase.CreateContext(settings);

        ReturnTables ssda903 = await OwnSsda903Tables.ReadAsync(db, year, ct);
        ValidationReport lookedAfter = Ssda903Validator.Validate(ssda903, year, year.Start, AsOf);

        using var census = new MemoryStream();
        await ExportCinCensus.WriteAsync(db, year, census, ct);
        census.Position = 0;
        ValidationReport inNeed = CinCensusValidator.Validate(CinCensusTables.Read(census, "the CIN census export"), year, year.Start, AsOf);

        return lookedAfter.Failures.Select(f => (Collection: PlantedErrors.Ssda903, Failure: f))
            .Concat(inNeed.Failures.Select(f => (Collection: PlantedErrors.CinCensus, Failure: f)))
            .Where(x => x.Failure.Type == RuleType.Error)
            .Select(x => (x.Collection, x.Failure.Rule, x.Failure.Child ?? ""))
            .Distinct()
            .ToList();
    }
}
