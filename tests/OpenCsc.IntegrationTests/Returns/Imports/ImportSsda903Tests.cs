using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.Returns;
using OpenCsc.Returns.Ssda903;

namespace OpenCsc.IntegrationTests.Returns.Imports;

public sealed class ImportSsda903Tests(PostgresServer postgres)
{
    private static readonly CollectionYear Year2023 = new(2023);

    private readonly TestDatabases _databases = new(postgres);

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    [Trait("Category", TestCategories.Slow)]
    public async Task CsvSample_Imports_AndImportingAgainCreatesNoDuplicates(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);

        ImportResult first = await ImportAsync(settings, ReturnsTestData.Ssda903Folder, Year2023);
        var counts = await ReturnsTestData.CountsAsync(settings);
        ImportResult second = await ImportAsync(settings, ReturnsTestData.Ssda903Folder, Year2023);

        Assert.True(first.Children > 1000);
        Assert.Equal(first.Children, first.ChildrenAdded);
        Assert.Equal(0, second.ChildrenAdded);
        Assert.True(counts["care_episodes"] > 0 && counts["periods_of_care"] > 0 && counts["lac_reviews"] > 0);
        Assert.Equal(counts, await ReturnsTestData.CountsAsync(settings));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    [Trait("Category", TestCategories.Slow)]
    public async Task CsvSample_AsA2025Return_IsRejectedForItsSexCodes_AndImportsAsAnEarlierYear(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);

        var rejected = await Assert.ThrowsAsync<ReturnReadException>(() => ImportAsync(settings, ReturnsTestData.Ssda903Folder, new CollectionYear(2025)));
        Assert.Contains(rejected.Errors, p => p.Field == "SEX" && p.Value == "1" && p.Line is not null && p.Expected.Contains("earlier year", StringComparison.Ordinal));
        Assert.Equal(0, (await ReturnsTestData.CountsAsync(settings))["children"]);

        ImportResult result = await ImportAsync(settings, ReturnsTestData.Ssda903Folder, new CollectionYear(2025), treatAs: Year2023);

        Assert.True(result.Children > 1000);
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        Assert.All(await db.Children.Select(c => c.Sex).Distinct().ToListAsync(TestContext.Current.CancellationToken), s => Assert.Contains(s, new[] { "M", "F", "U" }));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task XmlSample_Imports_AndImportingAgainCreatesNoDuplicates(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);

        ImportResult first = await ImportAsync(settings, ReturnsTestData.Ssda903Xml, Year2023);
        var counts = await ReturnsTestData.CountsAsync(settings);
        await ImportAsync(settings, ReturnsTestData.Ssda903Xml, Year2023);

        Assert.True(first.Children > 100);
        Assert.True(counts["care_episodes"] > 0);
        Assert.Equal(counts, await ReturnsTestData.CountsAsync(settings));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    [Trait("Category", TestCategories.Slow)]
    public async Task ChangedValue_Updates_AndABadRowChangesNothing(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        await ImportAsync(settings, ReturnsTestData.Ssda903Folder, Year2023);
        var counts = await ReturnsTestData.CountsAsync(settings);
        string changed = ReturnsTestData.CopyFolderWithChange(ReturnsTestData.Ssda903Folder, "header.csv", "566910,2,27/03/2008,WROM", "566910,2,27/03/2008,WBRI");
        string bad = ReturnsTestData.CopyFolderWithChange(changed, "episodes.csv", "566910,15/02/2016,", "566910,31/02/2016,");

        var rejected = await Assert.ThrowsAsync<ReturnReadException>(() => ImportAsync(settings, bad, Year2023));
        Assert.Contains(rejected.Errors, p => p.File == "episodes.csv" && p.Field == "DECOM" && p.Value == "31/02/2016" && p.Line == 2);
        Assert.Equal("WROM", await EthnicityAsync(settings, "566910"));
        Assert.Equal(counts, await ReturnsTestData.CountsAsync(settings));

        await ImportAsync(settings, changed, Year2023);
        Assert.Equal("WBRI", await EthnicityAsync(settings, "566910"));
        Assert.Equal(counts, await ReturnsTestData.CountsAsync(settings));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    [Trait("Category", TestCategories.Slow)]
    public async Task ContiguousEpisodes_FormOnePeriodOfCare(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        await ImportAsync(settings, ReturnsTestData.Ssda903Folder, Year2023);

        await using AppDbContext db = AppDatabase.CreateContext(settings);
        var periods = await db.PeriodsOfCare.Where(p => p.Child!.LaChildId == "566910").Include(p => p.Episodes).ToListAsync(TestContext.Current.CancellationToken);
        // 15/02/2016 to 14/08/2017, then from 14/08/2017 (open): one period.
        var period = Assert.Single(periods);
        Assert.Equal(new DateOnly(2016, 2, 15), period.StartDate);
        Assert.Null(period.EndDate);
        Assert.Equal(2, period.Episodes.Count);
    }

    private static async Task<ImportResult> ImportAsync(DatabaseSettings settings, string path, CollectionYear year, CollectionYear? treatAs = null)
    {
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        return await ImportSsda903.RunAsync(db, path, new Ssda903ReadOptions { Year = year, TreatAsYear = treatAs }, cancellationToken: TestContext.Current.CancellationToken);
    }

    private static async Task<string> EthnicityAsync(DatabaseSettings settings, string laChildId)
    {
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        return await db.Children.Where(c => c.LaChildId == laChildId).Select(c => c.Ethnicity).SingleAsync(TestContext.Current.CancellationToken);
    }
}
