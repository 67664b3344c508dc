using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.Returns;
using OpenCsc.Returns.CinCensus;

namespace OpenCsc.IntegrationTests.Returns.Imports;

public sealed class ImportCinCensusTests(PostgresServer postgres)
{
    private const string FirstChild = "RND000215205141";

    private readonly TestDatabases _databases = new(postgres);

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Sample_Imports_AndImportingAgainCreatesNoDuplicates(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);

        ImportResult first = await ImportAsync(settings, ReturnsTestData.CinSample);
        var counts = await ReturnsTestData.CountsAsync(settings);
        ImportResult second = await ImportAsync(settings, ReturnsTestData.CinSample);

        Assert.Equal(332, first.Children);
        Assert.Equal(332, first.ChildrenAdded);
        Assert.Equal(0, second.ChildrenAdded);
        Assert.Equal(332, counts["children"]);
        Assert.True(counts["cin_episodes"] >= 332);
        Assert.Equal(counts, await ReturnsTestData.CountsAsync(settings));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task LaterFile_WithAChangedValue_UpdatesTheChild(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        await ImportAsync(settings, ReturnsTestData.CinSample);
        var counts = await ReturnsTestData.CountsAsync(settings);
        string changed = ReturnsTestData.CopyWithChange(ReturnsTestData.CinSample, "<Ethnicity>WIRT</Ethnicity>", "<Ethnicity>WBRI</Ethnicity>");

        await ImportAsync(settings, changed);

        Assert.Equal("WBRI", await EthnicityAsync(settings, FirstChild));
        Assert.Equal(counts, await ReturnsTestData.CountsAsync(settings));
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        Assert.Equal("system:import", (await db.Children.SingleAsync(c => c.LaChildId == FirstChild, TestContext.Current.CancellationToken)).UpdatedBy);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task FileWithOneBadRow_ChangesNothing_AndListsTheProblem(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        await ImportAsync(settings, ReturnsTestData.CinSample);
        var counts = await ReturnsTestData.CountsAsync(settings);
        string changed = ReturnsTestData.CopyWithChange(ReturnsTestData.CinSample, "<Ethnicity>WIRT</Ethnicity>", "<Ethnicity>WBRI</Ethnicity>");
        string bad = ReturnsTestData.CopyWithChange(changed, "<PersonBirthDate>2011-04-27</PersonBirthDate>", "<PersonBirthDate>2011-13-27</PersonBirthDate>");

        var rejected = await Assert.ThrowsAsync<ReturnReadException>(() => ImportAsync(settings, bad));

        ReturnProblem problem = Assert.Single(rejected.Errors);
        Assert.Equal("PersonBirthDate", problem.Field);
        Assert.Equal("2011-13-27", problem.Value);
        Assert.NotNull(problem.Line);
        Assert.Equal("WIRT", await EthnicityAsync(settings, FirstChild));
        Assert.Equal(counts, await ReturnsTestData.CountsAsync(settings));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task EmptyDatabase_FileWithOneBadRow_ImportsNoChild(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        string bad = ReturnsTestData.CopyWithChange(ReturnsTestData.CinSample, "<ReferralSource>4</ReferralSource>", "<ReferralSource>4</ReferralSource><CINreferralDate>x</CINreferralDate>");

        await Assert.ThrowsAsync<ReturnReadException>(() => ImportAsync(settings, bad));

        Assert.All(await ReturnsTestData.CountsAsync(settings), c => Assert.True(c.Value == 0, $"{c.Key}: {c.Value}"));
    }

    private static async Task<ImportResult> ImportAsync(DatabaseSettings settings, string path)
    {
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        return await ImportCinCensus.RunAsync(db, path, cancellationToken: TestContext.Current.CancellationToken);
    }

    private static async Task<string> EthnicityAsync(DatabaseSettings settings, string laChildId)
    {
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        return await db.Children.Where(c => c.LaChildId == laChildId).Select(c => c.Ethnicity).SingleAsync(TestContext.Current.CancellationToken);
    }
}
