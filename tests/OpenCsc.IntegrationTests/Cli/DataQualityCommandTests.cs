using System.Text.Json;
using OpenCsc.Children;
using OpenCsc.Cli;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.IntegrationTests.Web;
using OpenCsc.LookedAfter;

namespace OpenCsc.IntegrationTests.Cli;

/// <summary>
/// `opencsc data-quality run`: Lou, looked after since 1 March 2025 with no OC2 data, fails rule 191 when the
/// collection year 2026/27 is checked up to 15 June 2026.
/// </summary>
public sealed class DataQualityCommandTests(PostgresServer postgres)
{
    private readonly TestDatabases _databases = new(postgres);

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Run_SavesTheRunAndPrintsTheCountsByRule(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        await using (AppDbContext db = AppDatabase.CreateContext(settings, new FixedTimeProvider(WebTestApp.Now)))
        {
            var lou = new Child { LaChildId = "LOU1", FirstName = "Lou", LastName = "Care", Sex = "M", Ethnicity = "WBRI", DateOfBirth = new DateOnly(2012, 3, 1), Upn = "A123456789012" };
            var care = new PeriodOfCare { Child = lou, StartDate = new DateOnly(2025, 3, 1) };
            db.AddRange(lou, care, new CareEpisode { PeriodOfCare = care, Child = lou, StartDate = new DateOnly(2025, 3, 1), ReasonForNewEpisode = "S", LegalStatus = "C2", CategoryOfNeed = "N1", PlacementType = "U1", PlacementProvider = "PR1", HomePostcode = "N1 1AA", PlacementPostcode = "N2 2BB" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        CliRunner.Result result = await CliRunner.RunAsync("data-quality", "run", "--as-of", "2026-06-15", "--format", "json", "--db", TestDatabases.DbArgument(settings));

        Assert.Equal(CliApp.Ok, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement root = json.RootElement;
        // 191, and SW12STG2: Lou is looked after with no social worker episode recorded.
        Assert.Equal(("2026-04-01", "2026-06-15", 2, 0), (root.GetProperty("periodStart").GetString(), root.GetProperty("periodEnd").GetString(), root.GetProperty("errors").GetInt32(), root.GetProperty("queries").GetInt32()));
        JsonElement rule = root.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("rule").GetString() == "191");
        Assert.Equal(("191", "error", 1), (rule.GetProperty("rule").GetString(), rule.GetProperty("type").GetString(), rule.GetProperty("count").GetInt32()));

        CliRunner.Result table = await CliRunner.RunAsync("data-quality", "run", "--as-of", "2026-06-15", "--db", TestDatabases.DbArgument(settings));
        Assert.StartsWith("Run 2: ssda903 2026-04-01 to 2026-06-15, ", table.Output, StringComparison.Ordinal);
        Assert.Contains("191        error         1  Child has been looked after", table.Output, StringComparison.Ordinal);
    }
}
