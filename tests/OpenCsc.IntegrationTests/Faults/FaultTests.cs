using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenCsc.Accounts;
using OpenCsc.Audit;
using OpenCsc.Data;
using OpenCsc.Data.Backups;
using OpenCsc.IntegrationTests.Audit;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.IntegrationTests.Returns.Imports;
using OpenCsc.IntegrationTests.Web;
using OpenCsc.IntegrationTests.Web.Returns;
using OpenCsc.Workforce;

namespace OpenCsc.IntegrationTests.Faults;

/// <summary>
/// What happens when things fail mid-write: the web host killed during a save and during an import, PostgreSQL
/// restarted during a save, a SQLite database that is full. In each case nothing of the interrupted write is in the
/// database (every table has the rows it had, the audit chain is intact) and the same work done again succeeds.
/// The save is the front door's "record a contact" about a child new to the service: a child, an allocation, a
/// contact and their audit entries in one transaction.
/// </summary>
[Trait("Category", TestCategories.Slow)]
public sealed class FaultTests(PostgresServer postgres)
{
    private const string ContactForm = "/front-door/contacts/new";

    private readonly TestDatabases _databases = new(postgres);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task HostKilledDuringASave_NothingOfItIsSaved_AndTheSaveAgainSucceeds(Engine engine)
    {
        (DatabaseSettings settings, long max) = await FrontDoorAsync(engine);
        IReadOnlyDictionary<string, long> before;
        await using (WebHostProcess host = await WebHostProcess.StartAsync(settings))
        {
            using HttpClient mash = host.NewClient();
            await SignInAsync(settings, mash, StaffRole.MashWorker, max);
            FormUrlEncodedContent contact = await ContactAsync(mash);
            before = await DatabaseBackup.CountRowsAsync(settings, Ct);

            await using HeldTransaction held = await HeldTransaction.HoldAsync(settings);
            Task<HttpResponseMessage> save = mash.PostAsync(ContactForm, contact, Ct);
            await held.WaitForAWriterAsync();
            await host.KillAsync();
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => save);
            await held.ReleaseAsync();
        }

        await HeldTransaction.WaitUntilAloneAsync(settings);
        Assert.Equal(before, await DatabaseBackup.CountRowsAsync(settings, Ct));
        await AssertAuditIntactAsync(settings);

        await using (WebHostProcess again = await WebHostProcess.StartAsync(settings))
        {
            using HttpClient mash = again.NewClient();
            await SignInAsync(settings, mash, StaffRole.MashWorker, max);
            using HttpResponseMessage saved = await mash.PostAsync(ContactForm, await ContactAsync(mash), Ct);
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        IReadOnlyDictionary<string, long> after = await DatabaseBackup.CountRowsAsync(settings, Ct);
        Assert.Equal((before["children"] + 1, before["contacts"] + 1, before["allocations"] + 1), (after["children"], after["contacts"], after["allocations"]));
        await AssertAuditIntactAsync(settings);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task HostKilledDuringAnImport_NothingOfItIsImported_AndTheImportAgainSucceeds(Engine engine)
    {
        (DatabaseSettings settings, _) = await FrontDoorAsync(engine);
        IReadOnlyDictionary<string, long> before;
        await using (WebHostProcess host = await WebHostProcess.StartAsync(settings))
        {
            using HttpClient analyst = host.NewClient();
            await SignInAsync(settings, analyst, StaffRole.PerformanceAnalyst, null);
            await WebTestApp.GetPageAsync(analyst, "/returns");
            before = await DatabaseBackup.CountRowsAsync(settings, Ct);

            // The upload runs dry first (decision 0029); the import writes once the analyst confirms its preview.
            using HttpResponseMessage upload = await ReturnsWebClient.UploadAsync(analyst, "cin-census", [ReturnsTestData.CinSample]);
            IHtmlDocument preview = await ReturnsWebClient.WaitForImportAsync(analyst, upload, confirm: false);
            await using HeldTransaction held = await HeldTransaction.HoldAsync(settings);
            using HttpResponseMessage confirmed = await ReturnsWebClient.PostPreviewFormAsync(analyst, preview, "confirm-import");
            Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
            await held.WaitForAWriterAsync();
            await host.KillAsync();
            await held.ReleaseAsync();
        }

        await HeldTransaction.WaitUntilAloneAsync(settings);
        IReadOnlyDictionary<string, long> afterKill = await DatabaseBackup.CountRowsAsync(settings, Ct);
        // Viewing the returns page before the upload and the upload itself are audited outside the import's transaction.
        Assert.Equal(Without(before, "audit_entries"), Without(afterKill, "audit_entries"));
        await AssertAuditIntactAsync(settings);

        await using (WebHostProcess again = await WebHostProcess.StartAsync(settings))
        {
            using HttpClient analyst = again.NewClient();
            await SignInAsync(settings, analyst, StaffRole.PerformanceAnalyst, null);
            IHtmlDocument done = await ReturnsWebClient.WaitForImportAsync(analyst, await ReturnsWebClient.UploadAsync(analyst, "cin-census", [ReturnsTestData.CinSample]));
            Assert.Null(done.QuerySelector(".govuk-error-summary"));
        }

        IReadOnlyDictionary<string, long> after = await DatabaseBackup.CountRowsAsync(settings, Ct);
        Assert.True(after["children"] > before["children"], "the second import added the file's children");
        Assert.True(after["cin_episodes"] > before["cin_episodes"], "the second import added the file's CIN episodes");
        await AssertAuditIntactAsync(settings);
    }

    [Fact]
    public async Task PostgresRestartedDuringASave_AClearErrorPage_ThenTheNextSaveWorksWithoutRestartingTheHost()
    {
        await using ThrowawayPostgres server = await ThrowawayPostgres.StartAsync(own: true);
        DatabaseSettings settings = await server.CreateDatabaseAsync();
        await new OpenCsc.Data.Migrations.DatabaseMigrator(settings).MigrateAsync(cancellationToken: Ct);
        long max = await InsertFrontDoorAsync(settings);
        await using WebTestApp app = WebTestApp.ForDatabase(settings);
        app.StartWithoutDemo(signInAs: null);
        HttpClient mash = await app.ClientAsync(StaffRole.MashWorker, max);
        FormUrlEncodedContent contact = await ContactAsync(mash);
        IReadOnlyDictionary<string, long> before = await DatabaseBackup.CountRowsAsync(settings, Ct);

        HttpResponseMessage failed;
        await using (HeldTransaction held = await HeldTransaction.HoldAsync(settings))
        {
            Task<HttpResponseMessage> save = mash.PostAsync(ContactForm, contact, Ct);
            await held.WaitForAWriterAsync();
            await server.RestartAsync();
            failed = await save;
        }

        using (failed)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
            IHtmlDocument page = WebTestApp.Parse(await failed.Content.ReadAsStringAsync(Ct));
            Assert.Equal("Sorry, your changes could not be saved", page.QuerySelector("#database-fault")?.TextContent.Trim());
            Assert.Contains("Nothing you entered was saved", page.QuerySelector("main")?.TextContent ?? page.Body!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(before, await DatabaseBackup.CountRowsAsync(settings, Ct));
        Assert.Contains(app.Logs, l => l.StartsWith("Error OpenCsc.Web.Pages.Errors.StatusModel: The database failed a POST of /front-door/contacts/new", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs, l => l.Contains("Nia", StringComparison.Ordinal) || l.Contains("bruise", StringComparison.Ordinal));

        using HttpResponseMessage saved = await mash.PostAsync(ContactForm, await ContactAsync(mash), Ct);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        IReadOnlyDictionary<string, long> after = await DatabaseBackup.CountRowsAsync(settings, Ct);
        Assert.Equal((before["children"] + 1, before["contacts"] + 1), (after["children"], after["contacts"]));
        await AssertAuditIntactAsync(settings);
    }

    [Fact]
    public async Task SqliteDatabaseFull_AClearErrorPage_AndNothingHalfWritten()
    {
        (DatabaseSettings settings, long max) = await FrontDoorAsync(Engine.Sqlite);
        var limit = new PageLimit();
        await using WebTestApp app = WebTestApp.ForDatabase(settings);
        app.Start(services => services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(limit)), signInAs: null);
        HttpClient mash = await app.ClientAsync(StaffRole.MashWorker, max);
        FormUrlEncodedContent contact = await ContactAsync(mash);
        limit.MaxPages = await FillAsync(settings);
        IReadOnlyDictionary<string, long> before = await DatabaseBackup.CountRowsAsync(settings, Ct);

        using HttpResponseMessage failed = await mash.PostAsync(ContactForm, contact, Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        IHtmlDocument page = WebTestApp.Parse(await failed.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Sorry, your changes could not be saved", page.QuerySelector("#database-fault")?.TextContent.Trim());
        Assert.Contains(app.Logs, l => l.Contains("The database failed a POST of /front-door/contacts/new: SqliteException (SQLite error 13)", StringComparison.Ordinal));
        Assert.Equal(before, await DatabaseBackup.CountRowsAsync(settings, Ct));
        Assert.Equal("ok", await ScalarAsync(settings, "PRAGMA integrity_check"));
        await AssertAuditIntactAsync(settings);
    }

    /// <summary>
    /// Fills the database to a page limit with audit entries (the smallest rows a save appends to), so that the next
    /// save's entries need a page the limit refuses; returns the limit.
    /// </summary>
    private static async Task<long> FillAsync(DatabaseSettings settings)
    {
        await using AppDbContext db = AuditTestData.Open(settings);
        db.AuditContext = new AuditContext("f", "F", "-");
        await db.Database.OpenConnectionAsync(Ct);
        await db.Database.ExecuteSqlRawAsync("VACUUM", Ct);
        long pages = long.Parse(await ScalarAsync(settings, "PRAGMA page_count"), System.Globalization.CultureInfo.InvariantCulture) + 4;
        await using (System.Data.Common.DbCommand limit = db.Database.GetDbConnection().CreateCommand())
        {
            limit.CommandText = "PRAGMA max_page_count = " + pages.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await limit.ExecuteNonQueryAsync(Ct);
        }

        for (int i = 0; i < 10_000; i++)
        {
            try
            {
                await AuditTrail.RecordAsync(db, new AuditEvent(AuditAction.View), Ct);
            }
            catch (Exception e) when (e is SqliteException { SqliteErrorCode: 13 } || e.InnerException is SqliteException { SqliteErrorCode: 13 })
            {
                return pages;
            }
        }

        throw new InvalidOperationException("The database never filled.");
    }

    /// <summary>Every connection the host opens may grow the file to at most this many pages (0: no limit).</summary>
    private sealed class PageLimit : DbConnectionInterceptor
    {
        public long MaxPages { get; set; }

        public override async Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            if (MaxPages > 0)
            {
                await using System.Data.Common.DbCommand command = connection.CreateCommand();
                command.CommandText = "PRAGMA max_page_count = " + MaxPages.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        public override void ConnectionOpened(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData) =>
            ConnectionOpenedAsync(connection, eventData).GetAwaiter().GetResult();
    }

    /// <summary>A migrated database with a MASH team (Max the worker) and one child already known, so the host seeds no demo borough.</summary>
    private async Task<(DatabaseSettings Settings, long Max)> FrontDoorAsync(Engine engine)
    {
        DatabaseSettings settings = await _databases.CreateMigratedAsync(engine);
        return (settings, await InsertFrontDoorAsync(settings));
    }

    private static async Task<long> InsertFrontDoorAsync(DatabaseSettings settings)
    {
        await using AppDbContext db = AuditTestData.Open(settings);
        db.AuditContext = AuditContext.ForSystem("test");
        var team = new Team { Name = "MASH", Kind = TeamKind.Mash, Service = new Service { Name = "Front door" } };
        var max = new Worker { StaffNumber = "MAX", FirstName = "Max", LastName = "Mash", Role = WorkerRole.MashWorker, Team = team, StartDate = new DateOnly(2020, 1, 1) };
        db.AddRange(team, max, AuditTestData.Child("K1", "Known"));
        await db.SaveChangesAsync(Ct);
        return max.Id;
    }

    private static async Task SignInAsync(DatabaseSettings settings, HttpClient client, StaffRole role, long? workerId)
    {
        await using WebTestApp accounts = WebTestApp.ForDatabase(settings);
        string userName = await accounts.CreateAccountAsync(role, workerId);
        using HttpResponseMessage response = await WebTestApp.PostFormAsync(client, "/sign-in", "/sign-in", new() { ["userName"] = userName, ["password"] = WebTestApp.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The contact form about Nia, a child new to the service, with the form's anti-forgery token.</summary>
    private static async Task<FormUrlEncodedContent> ContactAsync(HttpClient client)
    {
        IHtmlDocument form = await WebTestApp.GetPageAsync(client, ContactForm);
        return new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector($"form[action='{ContactForm}'] input[name='__RequestVerificationToken']")?.GetAttribute("value")
                ?? form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!,
            ["firstName"] = "Nia",
            ["lastName"] = "New",
            ["birthDay"] = "3",
            ["birthMonth"] = "9",
            ["birthYear"] = "2018",
            ["sex"] = "F",
            ["day"] = "15",
            ["month"] = "6",
            ["year"] = "2026",
            ["time"] = "9:15",
            ["source"] = "2A",
            ["concern"] = "School: Nia arrived with a bruise to her cheek.",
            ["brag"] = "Amber",
        });
    }

    private static Dictionary<string, long> Without(IReadOnlyDictionary<string, long> counts, string table) =>
        counts.Where(c => c.Key != table).ToDictionary(c => c.Key, c => c.Value);

    private static async Task AssertAuditIntactAsync(DatabaseSettings settings)
    {
        await using AppDbContext db = AuditTestData.Open(settings);
        AuditVerification trail = await VerifyAuditTrail.RunAsync(db, Ct);
        Assert.True(trail.Intact, $"audit trail broken at {trail.BrokenAt}: {trail.Problem}");
    }

    private static async Task<string> ScalarAsync(DatabaseSettings settings, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(settings.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(Ct);
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
