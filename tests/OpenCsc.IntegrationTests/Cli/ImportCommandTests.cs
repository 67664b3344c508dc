using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Audit;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.IntegrationTests.Returns.Imports;

namespace OpenCsc.IntegrationTests.Cli;

/// <summary>`opencsc import ... --dry-run [--format json]` says what would change and changes nothing; a real import is `system:cli`'s.</summary>
public sealed class ImportCommandTests(PostgresServer postgres)
{
    private readonly TestDatabases _databases = new(postgres);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [Trait("Category", TestCategories.Slow)]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task DryRun_PrintsTheChangeFieldByField_AsTableAndJson_AndChangesNothing_ThenTheImportIsSystemCli(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        string db = TestDatabases.DbArgument(settings);
        Assert.Equal(0, (await CliRunner.RunAsync("import", "cin-census", ReturnsTestData.CinSample, "--db", db)).ExitCode);
        string sample = await File.ReadAllTextAsync(ReturnsTestData.CinSample, Ct);
        Match closure = Regex.Match(sample, @"<CINclosureDate>(\d{4}-\d\d-\d\d)</CINclosureDate>", RegexOptions.None, TimeSpan.FromSeconds(5));
        DateOnly oldDate = DateOnly.ParseExact(closure.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        string newDate = oldDate.AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string changed = ReturnsTestData.CopyWithChange(ReturnsTestData.CinSample, closure.Value, $"<CINclosureDate>{newDate}</CINclosureDate>");
        long episodeId;
        string child;
        await using (AppDbContext context = AppDatabase.CreateContext(settings))
        {
            var episode = await context.CinEpisodes.Include(e => e.Child).OrderBy(e => e.Id).FirstAsync(e => e.ClosureDate == oldDate, Ct);
            (episodeId, child) = (episode.Id, episode.Child!.LaChildId);
        }

        DatabaseSnapshot before = await DatabaseSnapshot.TakeAsync(settings);

        CliRunner.Result table = await CliRunner.RunAsync("import", "cin-census", changed, "--dry-run", "--db", db);
        CliRunner.Result json = await CliRunner.RunAsync("import", "cin-census", changed, "--dry-run", "--format", "json", "--db", db);

        Assert.True(table.ExitCode == 0, table.Error);
        Assert.Contains("Dry run (nothing is saved)", table.Output, StringComparison.Ordinal);
        Assert.Contains("Would change: 0 records added, 1 changed (1 fields), ", table.Output, StringComparison.Ordinal);
        Assert.Contains($"  cin_episodes {child} #{episodeId} closure_date: {oldDate:yyyy-MM-dd} -> {newDate}", table.Output, StringComparison.Ordinal);
        Assert.Contains("Dry run, nothing saved: 2022/23, 332 children (0 new)", table.Output, StringComparison.Ordinal);
        Assert.True(json.ExitCode == 0, json.Error);
        using (JsonDocument document = JsonDocument.Parse(json.Output))
        {
            JsonElement root = document.RootElement;
            Assert.True(root.GetProperty("dryRun").GetBoolean());
            Assert.Equal((332, 0, 0, 1), (root.GetProperty("children").GetInt32(), root.GetProperty("childrenNew").GetInt32(), root.GetProperty("recordsAdded").GetInt32(), root.GetProperty("recordsChanged").GetInt32()));
            Assert.True(root.GetProperty("recordsUntouched").GetInt32() > 332);
            JsonElement change = Assert.Single(root.GetProperty("changes").EnumerateArray());
            Assert.Equal(("cin_episodes", child, episodeId, "closure_date", $"{oldDate:yyyy-MM-dd}", newDate),
                (change.GetProperty("table").GetString(), change.GetProperty("child").GetString(), change.GetProperty("record").GetInt64(), change.GetProperty("field").GetString(),
                    change.GetProperty("old").GetString(), change.GetProperty("new").GetString()));
        }

        Assert.True((await DatabaseSnapshot.TakeAsync(settings)).Since(before).Total == 0);

        CliRunner.Result import = await CliRunner.RunAsync("import", "cin-census", changed, "--db", db);

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("Changed: 0 records added, 1 changed (1 fields), ", import.Output, StringComparison.Ordinal);
        await using (AppDbContext context = AppDatabase.CreateContext(settings))
        {
            var episode = await context.CinEpisodes.SingleAsync(e => e.Id == episodeId, Ct);
            Assert.Equal((newDate, "system:cli", 1), (episode.ClosureDate!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), episode.UpdatedBy, episode.RowVersion));
            AuditEntry entry = await context.AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync(Ct);
            Assert.Equal((AuditAction.Update, "system:cli", "CinEpisode"), (entry.Action, entry.UserName, entry.EntityType!));
        }
    }

    [Fact]
    public async Task Import_FromTheCommandLine_StampsItsRowsSystemCli()
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(Engine.Sqlite);

        CliRunner.Result import = await CliRunner.RunAsync("import", "cin-census", ReturnsTestData.CinSample, "--db", TestDatabases.DbArgument(settings));

        Assert.True(import.ExitCode == 0, import.Error);
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        Assert.Equal(["system:cli"], await db.Children.Select(c => c.CreatedBy).Distinct().ToListAsync(Ct));
        Assert.Equal(["system:cli"], await db.AuditEntries.Where(e => e.Action == AuditAction.Create).Select(e => e.UserName).Distinct().ToListAsync(Ct));
    }
}
