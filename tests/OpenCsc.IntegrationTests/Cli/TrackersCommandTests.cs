using System.Text.Json;
using OpenCsc.IntegrationTests.Indicators;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.IntegrationTests.Trackers;
using OpenCsc.Visits;
using static OpenCsc.IntegrationTests.Indicators.Journeys;

namespace OpenCsc.IntegrationTests.Cli;

public sealed class TrackersCommandTests(PostgresServer postgres)
{
    [Fact]
    public async Task Visits_Json_ListsEachItemWithChildWorkerTeamManagerDueStateAndDaysOverdue()
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, Engine.Sqlite);
        await TwoTeamsAsync(j);

        CliRunner.Result result = await CliRunner.RunAsync(
            "trackers", "visits", "--as-of", "2026-05-22", "--team", "Team A", "--format", "json", "--db", TestDatabases.DbArgument(j.Settings));

        Assert.True(result.ExitCode == 0, result.Error);
        var items = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        JsonElement first = items[0];
        Assert.Equal("CP visit", first.GetProperty("kind").GetString());
        Assert.Equal("LATE", first.GetProperty("child").GetProperty("laChildId").GetString());
        Assert.Equal("Child Number1", first.GetProperty("child").GetProperty("name").GetString());
        Assert.True(first.GetProperty("child").GetProperty("id").GetInt64() > 0);
        Assert.Equal("Ann Worker", first.GetProperty("worker").GetProperty("name").GetString());
        Assert.Equal("Team A", first.GetProperty("team").GetProperty("name").GetString());
        Assert.Equal("Mia Manager", first.GetProperty("manager").GetProperty("name").GetString());
        Assert.Equal("Last seen", first.GetProperty("since").GetProperty("event").GetString());
        Assert.Equal("2026-05-01", first.GetProperty("since").GetProperty("date").GetString());
        // Seen Friday 1 May; 10 working days on (4 May a bank holiday) is Monday 18 May: 4 days overdue on 22 May.
        Assert.Equal("2026-05-18", first.GetProperty("due").GetString());
        Assert.Equal("Overdue", first.GetProperty("state").GetString());
        Assert.Equal(4, first.GetProperty("daysOverdue").GetInt32());
        // Seen 14 May, recorded a week late: due Friday 29 May, after the bank holiday of 25 May.
        Assert.Equal(("RECLATE", "2026-05-29", "DueSoon", 0),
            (items[1].GetProperty("child").GetProperty("laChildId").GetString(), items[1].GetProperty("due").GetString(),
             items[1].GetProperty("state").GetString(), items[1].GetProperty("daysOverdue").GetInt32()));
    }

    [Fact]
    public async Task Visits_Csv_ForOneWorker_ByStaffNumberOrName()
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, Engine.Sqlite);
        await TwoTeamsAsync(j);
        string db = TestDatabases.DbArgument(j.Settings);

        CliRunner.Result byStaffNumber = await CliRunner.RunAsync("trackers", "visits", "--as-of", "2026-05-22", "--worker", "Bob", "--format", "csv", "--db", db);
        CliRunner.Result byName = await CliRunner.RunAsync("trackers", "visits", "--as-of", "2026-05-22", "--worker", "Bob Worker", "--format", "csv", "--db", db);

        Assert.True(byStaffNumber.ExitCode == 0, byStaffNumber.Error);
        Assert.Equal(
            "kind,child_id,la_child_id,child_name,worker,team,team_manager,since_event,since,due,state,days_overdue\r\n"
            + $"CIN visit,{IdOf(j, "CIN")},CIN,Child Number3,Bob Worker,Team B,,Last seen,2026-04-20,2026-06-01,DueSoon,0\r\n",
            byStaffNumber.Output);
        Assert.Equal(byStaffNumber.Output, byName.Output);
    }

    [Fact]
    public async Task EachTracker_RunsOnAnEmptyDatabase_AsAnEmptyList()
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, Engine.Sqlite);
        await j.Db.SaveChangesAsync(TestContext.Current.CancellationToken);

        foreach (string tracker in new[] { "visits", "assessments", "icpc", "reviews", "health", "rhi" })
        {
            CliRunner.Result json = await CliRunner.RunAsync("trackers", tracker, "--as-of", "2026-05-22", "--db", TestDatabases.DbArgument(j.Settings));
            CliRunner.Result csv = await CliRunner.RunAsync("trackers", tracker, "--as-of", "2026-05-22", "--format", "csv", "--db", TestDatabases.DbArgument(j.Settings));

            Assert.True(json.ExitCode == 0, json.Error);
            Assert.Equal("[]", json.Output.Trim());
            Assert.Equal(["kind,child_id,la_child_id,child_name,worker,team,team_manager,since_event,since,due,state,days_overdue"], csv.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        }
    }

    [Theory]
    [InlineData(new[] { "trackers", "visits", "--as-of", "2026-05-22", "--team", "No Such Team" }, "--team 'No Such Team': no team of that name or id")]
    [InlineData(new[] { "trackers", "visits", "--as-of", "2026-05-22", "--worker", "Nobody Here" }, "--worker 'Nobody Here': no worker with that staff number, id or name")]
    [InlineData(new[] { "trackers", "visits", "--as-of", "2026-02-30" }, "--as-of '2026-02-30' is not a valid date")]
    [InlineData(new[] { "trackers", "visits" }, "--as-of")]
    [InlineData(new[] { "trackers", "visits", "--as-of", "2026-05-22", "--format", "xml" }, "xml")]
    [InlineData(new[] { "trackers", "plans", "--as-of", "2026-05-22" }, "plans")]
    public async Task BadOptions_AreUsageErrors(string[] args, string message)
    {
        await using Journeys j = await Journeys.CreateAsync(postgres, Engine.Sqlite);
        await j.Db.SaveChangesAsync(TestContext.Current.CancellationToken);

        CliRunner.Result result = await CliRunner.RunAsync([.. args, "--db", TestDatabases.DbArgument(j.Settings)]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    private static async Task TwoTeamsAsync(Journeys j)
    {
        var (teamA, ann) = j.TeamWithWorker("Team A", "Ann");
        var (teamB, bob) = j.TeamWithWorker("Team B", "Bob");
        j.Manager(teamA, "Mia", D(2024, 1, 1));
        var late = j.Plan(j.Child("LATE"), D(2026, 1, 5)).Child!;
        j.Visit(late, VisitKind.ChildProtection, D(2026, 5, 1));
        j.Allocate(late, teamA, ann, D(2026, 1, 5));
        var recordedLate = j.Plan(j.Child("RECLATE"), D(2026, 1, 5)).Child!;
        j.Visit(recordedLate, VisitKind.ChildProtection, D(2026, 5, 14), recorded: D(2026, 5, 21));
        j.Allocate(recordedLate, teamA, ann, D(2026, 1, 5));
        var cin = j.CinPlan(j.Child("CIN"), D(2026, 1, 5)).Child!;
        j.Visit(cin, VisitKind.ChildInNeed, D(2026, 4, 20));
        j.Allocate(cin, teamB, bob, D(2026, 1, 5));
        await j.Db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static string IdOf(Journeys j, string laChildId) =>
        j.Db.Children.Local.Single(c => c.LaChildId == laChildId).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
