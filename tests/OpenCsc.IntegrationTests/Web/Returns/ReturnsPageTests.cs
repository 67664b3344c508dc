using System.IO.Compression;
using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Borough.Generation;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Returns.AnnexA;
using OpenCsc.IntegrationTests.Returns.Imports;
using OpenCsc.Returns;
using OpenCsc.Returns.CinCensus;
using OpenCsc.Returns.Ssda903;
using Xunit;
using static OpenCsc.IntegrationTests.Web.Returns.ReturnsWebClient;

namespace OpenCsc.IntegrationTests.Web.Returns;

/// <summary>The statutory returns page: downloads written from the database, uploads imported all or nothing.</summary>
[Trait("Category", TestCategories.Slow)]
public sealed class ReturnsPageTests
{
    private static readonly CollectionYear Year2025 = new(2025);

    [Fact]
    public async Task ReturnsPage_OffersEachDownload_AndTheUploadForm_FromTheMenu()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        HttpClient client = app.StartWithoutDemo();

        IHtmlDocument page = await WebTestApp.GetPageAsync(client, "/returns");

        Assert.NotNull(page.QuerySelector("nav a[href='/returns']"));
        Assert.Equal("Statutory returns", Text(page, "h1"));
        Assert.NotNull(page.QuerySelector("form[action='/returns/download/cin-census'][method='get'] select[name='year']"));
        Assert.NotNull(page.QuerySelector("form[action='/returns/download/ssda903'][method='get'] input[name='format'][value='xml']"));
        Assert.NotNull(page.QuerySelector("form[action='/returns/download/annex-a'][method='get'] input[name='day']"));
        // Today is 15 June 2026: the latest collection year that has ended, 2025/26, is chosen; 2026/27 is offered.
        Assert.Equal("2025", page.QuerySelector("#cin-census-year option[selected]")?.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#cin-census-year option[value='2026']"));
        Assert.Null(page.QuerySelector("#cin-census-year option[value='2027']"));
        Assert.Equal("15", page.QuerySelector("#annex-a-day")?.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("form[method='post'][enctype='multipart/form-data'] input[type='file'][name='files'][multiple]"));
    }

    [Fact]
    public async Task Downloads_AreTheReturnsTheCommandLineWrites()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        await DemoBorough.SeedAsync(app.Settings, new DemoBoroughOptions { Children = 4_000, Years = 3, Seed = 11, AsOf = WebTestApp.Today }, null, force: false, TestContext.Current.CancellationToken);
        HttpClient client = app.StartWithoutDemo();
        CancellationToken ct = TestContext.Current.CancellationToken;
        IReadOnlyList<CinCensusChild> expectedCin;
        Ssda903Return expected903;
        await using (AppDbContext db = app.OpenContext())
        {
            expectedCin = await ExportCinCensus.ReadAsync(db, Year2025, ct);
            expected903 = await ExportSsda903.ReadAsync(db, Year2025, ct);
        }

        using HttpResponseMessage cin = await client.GetAsync("/returns/download/cin-census?year=2025", ct);
        Assert.Equal(HttpStatusCode.OK, cin.StatusCode);
        Assert.Equal("CIN_census_2025-26.xml", cin.Content.Headers.ContentDisposition?.FileNameStar ?? cin.Content.Headers.ContentDisposition?.FileName);
        string cinFile = await SaveAsync(cin, "cin.xml");
        CinCensus census = CinCensusReader.ReadAll(cinFile);
        Assert.True(expectedCin.Count > 50, $"Only {expectedCin.Count} children in the census.");
        Assert.Equal(expectedCin.Select(c => c.LaChildId).Order(StringComparer.Ordinal), census.Children.Select(c => c.LaChildId).Order(StringComparer.Ordinal));
        Assert.Equal(Year2025, census.Year);

        using HttpResponseMessage zip = await client.GetAsync("/returns/download/ssda903?year=2025&format=csv", ct);
        Assert.Equal("application/zip", zip.Content.Headers.ContentType?.MediaType);
        string folder = Directory.CreateTempSubdirectory("opencsc-903-download-").FullName;
        ZipFile.ExtractToDirectory(await SaveAsync(zip, "903.zip"), folder);
        Assert.Contains("header.csv", Directory.GetFiles(folder).Select(Path.GetFileName));
        Ssda903Return tables = Ssda903CsvReader.ReadFolder(folder, new Ssda903ReadOptions { Year = Year2025 });
        Assert.True(expected903.Episodes.Count > 20, $"Only {expected903.Episodes.Count} episodes in the SSDA903.");
        Assert.Equal(expected903.Headers.Count, tables.Headers.Count);
        Assert.Equal(expected903.Episodes.Count, tables.Episodes.Count);

        using HttpResponseMessage xml = await client.GetAsync("/returns/download/ssda903?year=2025&format=xml", ct);
        Assert.Equal("SSDA903_2025-26.xml", xml.Content.Headers.ContentDisposition?.FileNameStar ?? xml.Content.Headers.ContentDisposition?.FileName);
        Ssda903Return fromXml = Ssda903XmlReader.ReadAll(await SaveAsync(xml, "903.xml"), new Ssda903ReadOptions { Year = Year2025 });
        Assert.Equal(expected903.Episodes.Count, fromXml.Episodes.Count);

        using HttpResponseMessage annexA = await client.GetAsync("/returns/download/annex-a?day=15&month=6&dateYear=2026", ct);
        Assert.Equal("Annex_A_2026-06-15.xlsx", annexA.Content.Headers.ContentDisposition?.FileNameStar ?? annexA.Content.Headers.ContentDisposition?.FileName);
        await using Stream workbook = await annexA.Content.ReadAsStreamAsync(ct);
        var copy = new MemoryStream();
        await workbook.CopyToAsync(copy, ct);
        copy.Position = 0;
        Assert.Equal(Enumerable.Range(1, 11).Select(n => $"List {n}"), AnnexAWorkbook.Read(copy).Select(s => s.Name));
    }

    [Theory]
    [InlineData("/returns/download/cin-census?year=2031", "#cin-census-year", "Select a collection year from the list")]
    [InlineData("/returns/download/cin-census?year=", "#cin-census-year", "Select a collection year from the list")]
    [InlineData("/returns/download/ssda903?year=2025&format=pdf", "#ssda903-format", "Select CSV tables or XML")]
    [InlineData("/returns/download/annex-a?day=31&month=2&dateYear=2026", "#annex-a-day", "The as-at date must be a real date, for example 27 3 2026")]
    [InlineData("/returns/download/annex-a?day=1&month=&dateYear=2026", "#annex-a-day", "The as-at date must include a month")]
    [InlineData("/returns/download/annex-a?day=16&month=6&dateYear=2026", "#annex-a-day", "The as-at date must be today or in the past")]
    public async Task Download_WithABadForm_ShowsTheErrorAgainstTheField_AndKeepsWhatWasTyped(string url, string field, string message)
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        HttpClient client = app.StartWithoutDemo();

        IHtmlDocument page = await WebTestApp.GetPageAsync(client, url);

        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        var link = page.QuerySelector(".govuk-error-summary a");
        Assert.Equal(message, link?.TextContent.Trim());
        Assert.Equal(field, link?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector(field));
        if (url.Contains("day=31", StringComparison.Ordinal))
        {
            Assert.Equal("31", page.QuerySelector("#annex-a-day")?.GetAttribute("value"));
            Assert.Equal("2", page.QuerySelector("#annex-a-month")?.GetAttribute("value"));
        }
    }

    [Fact]
    public async Task Download_OfAnUnknownReturn_IsNotFound()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        HttpClient client = app.StartWithoutDemo();

        using HttpResponseMessage response = await client.GetAsync("/returns/download/ssda904?year=2025", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task UploadingTheCinSample_ImportsIt_AndShowsTheCounts_AndAgainAddsNobody()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        HttpClient client = app.StartWithoutDemo();

        IHtmlDocument done = await WaitForImportAsync(client, await UploadAsync(client, "cin-census", [ReturnsTestData.CinSample]));

        Assert.Equal("CIN census imported", Text(done, "h1"));
        Assert.Equal("332", Text(done, "#children-imported"));
        Assert.Equal("332", Text(done, "#children-added"));
        var counts = await ReturnsTestData.CountsAsync(app.Settings);
        Assert.Equal(332, counts["children"]);

        IHtmlDocument again = await WaitForImportAsync(client, await UploadAsync(client, "cin-census", [ReturnsTestData.CinSample]));

        Assert.Equal("0", Text(again, "#children-added"));
        Assert.Equal(counts, await ReturnsTestData.CountsAsync(app.Settings));
        IHtmlDocument index = await WebTestApp.GetPageAsync(client, "/returns");
        Assert.Equal(2, index.QuerySelectorAll("#recent-imports + table tbody tr").Length);
        Assert.All(index.QuerySelectorAll("#recent-imports + table tbody .govuk-tag"), tag => Assert.Equal("Imported", tag.TextContent.Trim()));
    }

    [Fact]
    public async Task AnUploadsImport_NamesTheAnalystWhoUploadedIt_InTheRowsStampsAndTheAuditTrail()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = app.NewClient();
        string userName = await app.SignInAsync(client, OpenCsc.Accounts.StaffRole.PerformanceAnalyst);

        IHtmlDocument done = await WaitForImportAsync(client, await UploadAsync(client, "cin-census", [ReturnsTestData.CinSample]));

        Assert.Equal("CIN census imported", Text(done, "h1"));
        CancellationToken ct = TestContext.Current.CancellationToken;
        await using AppDbContext db = app.OpenContext();
        Assert.Equal([userName], await db.Children.Select(c => c.CreatedBy).Distinct().ToListAsync(ct));
        Assert.Equal([userName], await db.Children.Select(c => c.UpdatedBy).Distinct().ToListAsync(ct));
        Assert.Equal([userName], await db.CinEpisodes.Select(e => e.UpdatedBy).Distinct().ToListAsync(ct));
        // One summary entry for the import's rows, naming the analyst, not the import process.
        List<OpenCsc.Audit.AuditEntry> import = await db.AuditEntries
            .Where(e => e.Action == OpenCsc.Audit.AuditAction.Create && e.Details!.Contains("\"operation\":\"import "))
            .ToListAsync(ct);
        Assert.Single(import);
        Assert.Equal(userName, import[0].UserName);
        Assert.Contains("\"Child\":332", import[0].Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUpload_ShowsWhatItWouldDo_SavesNothing_UntilConfirmed_AndCancellingImportsNothing()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        HttpClient client = app.StartWithoutDemo();

        IHtmlDocument preview = await WaitForImportAsync(client, await UploadAsync(client, "cin-census", [ReturnsTestData.CinSample]), confirm: false);

        Assert.Equal("Check the CIN census before importing it", Text(preview, "h1"));
        Assert.Equal("332", Text(preview, "#preview-children"));
        Assert.Equal("332", Text(preview, "#preview-children-new"));
        Assert.Equal("0", Text(preview, "#preview-changed"));
        Assert.Equal("0", Text(preview, "#preview-untouched"));
        Assert.True(int.Parse(Text(preview, "#preview-added"), System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture) > 332);
        Assert.Contains(preview.QuerySelectorAll("#preview-tables tbody tr"), r => r.QuerySelector("td")!.TextContent.Trim() == "cin_episodes");
        Assert.NotNull(preview.QuerySelector("form#confirm-import"));
        Assert.Equal(0, (await ReturnsTestData.CountsAsync(app.Settings))["children"]);

        using (HttpResponseMessage cancel = await PostPreviewFormAsync(client, preview, "cancel-import"))
        {
            Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
            IHtmlDocument cancelled = await WebTestApp.GetPageAsync(client, cancel.Headers.Location!.ToString());
            Assert.Equal("The CIN census import was cancelled", Text(cancelled, "h1"));
            // A cancelled preview cannot be confirmed after all.
            using HttpResponseMessage late = await PostPreviewFormAsync(client, preview, "confirm-import");
            Assert.Equal("The CIN census import was cancelled", Text(await WebTestApp.GetPageAsync(client, late.Headers.Location!.ToString()), "h1"));
        }

        Assert.Equal(0, (await ReturnsTestData.CountsAsync(app.Settings))["children"]);
        IHtmlDocument index = await WebTestApp.GetPageAsync(client, "/returns");
        Assert.Equal("Cancelled", Text(index, "#recent-imports + table tbody .govuk-tag"));

        IHtmlDocument done = await WaitForImportAsync(client, await UploadAsync(client, "cin-census", [ReturnsTestData.CinSample]));

        Assert.Equal("CIN census imported", Text(done, "h1"));
        Assert.Equal(332, (await ReturnsTestData.CountsAsync(app.Settings))["children"]);
    }

    [Fact]
    public async Task AnotherAnalyst_CannotConfirmOrCancelSomeoneElsesUpload()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        HttpClient uploader = app.StartWithoutDemo();
        HttpClient other = await app.ClientAsync(OpenCsc.Accounts.StaffRole.PerformanceAnalyst);
        IHtmlDocument preview = await WaitForImportAsync(uploader, await UploadAsync(uploader, "cin-census", [ReturnsTestData.CinSample]), confirm: false);
        string jobUrl = preview.QuerySelector("form#confirm-import")!.GetAttribute("action")!;

        IHtmlDocument seen = await WebTestApp.GetPageAsync(other, jobUrl.Split('?')[0]);
        Assert.Null(seen.QuerySelector("form#confirm-import"));
        Assert.NotNull(seen.QuerySelector("#confirm-by-uploader"));
        // The other analyst's own anti-forgery token (from the returns page), posted to the uploader's forms.
        IHtmlDocument returns = await WebTestApp.GetPageAsync(other, "/returns");
        string token = returns.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        foreach (string formId in new[] { "confirm-import", "cancel-import" })
        {
            using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
            using HttpResponseMessage refused = await other.PostAsync(preview.QuerySelector($"form#{formId}")!.GetAttribute("action"), content, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        Assert.Equal(0, (await ReturnsTestData.CountsAsync(app.Settings))["children"]);
        // The uploader's preview still waits for them.
        IHtmlDocument done = await WaitForImportAsync(uploader, await PostPreviewFormAsync(uploader, preview, "confirm-import"));
        Assert.Equal("CIN census imported", Text(done, "h1"));
        Assert.Equal(332, (await ReturnsTestData.CountsAsync(app.Settings))["children"]);
    }

    [Fact]
    public async Task ReuploadingWithACorrectedDate_PreviewListsTheChangeFieldByField_AndConfirmingMakesItAsTheAnalyst()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        app.StartWithoutDemo(signInAs: null);
        HttpClient client = app.NewClient();
        string userName = await app.SignInAsync(client, OpenCsc.Accounts.StaffRole.PerformanceAnalyst);
        await WaitForImportAsync(client, await UploadAsync(client, "cin-census", [ReturnsTestData.CinSample]));
        string sample = await File.ReadAllTextAsync(ReturnsTestData.CinSample, TestContext.Current.CancellationToken);
        var closure = System.Text.RegularExpressions.Regex.Match(sample, @"<CINclosureDate>(\d{4}-\d\d-\d\d)</CINclosureDate>", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(5));
        DateOnly oldDate = DateOnly.ParseExact(closure.Groups[1].Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        DateOnly newDate = oldDate.AddDays(-3);
        string changed = ReturnsTestData.CopyWithChange(ReturnsTestData.CinSample, closure.Value, $"<CINclosureDate>{newDate:yyyy-MM-dd}</CINclosureDate>");

        IHtmlDocument preview = await WaitForImportAsync(client, await UploadAsync(client, "cin-census", [changed]), confirm: false);

        Assert.Equal(("0", "0", "1"), (Text(preview, "#preview-children-new"), Text(preview, "#preview-added"), Text(preview, "#preview-changed")));
        var change = Assert.Single(preview.QuerySelectorAll("#preview-changes tbody tr")).QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["cin_episodes", "closure_date", $"{oldDate:yyyy-MM-dd}", $"{newDate:yyyy-MM-dd}"], [change[0], change[3], change[4], change[5]]);
        long episodeId = long.Parse(change[2], System.Globalization.CultureInfo.InvariantCulture);
        await using (AppDbContext db = app.OpenContext())
        {
            Assert.Equal(oldDate, (await db.CinEpisodes.SingleAsync(e => e.Id == episodeId, TestContext.Current.CancellationToken)).ClosureDate);
        }

        IHtmlDocument done = await WaitForImportAsync(client, await PostPreviewFormAsync(client, preview, "confirm-import"));

        Assert.Equal("CIN census imported", Text(done, "h1"));
        Assert.Equal("1", Text(done, "#records-changed"));
        await using (AppDbContext db = app.OpenContext())
        {
            var episode = await db.CinEpisodes.SingleAsync(e => e.Id == episodeId, TestContext.Current.CancellationToken);
            Assert.Equal((newDate, userName, 1), (episode.ClosureDate!.Value, episode.UpdatedBy, episode.RowVersion));
            var entry = await db.AuditEntries.SingleAsync(e => e.Action == OpenCsc.Audit.AuditAction.Update && e.EntityType == "CinEpisode", TestContext.Current.CancellationToken);
            Assert.Equal(userName, entry.UserName);
            Assert.Contains("\"ClosureDate\":{\"old\":", entry.Details, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UploadingTheSsda903SampleAs2025_IsRejectedWithEveryProblem_ChangesNothing_AndImportsAsAnEarlierYear()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        HttpClient client = app.StartWithoutDemo();
        string[] tables = Directory.GetFiles(ReturnsTestData.Ssda903Folder, "*.csv");

        IHtmlDocument rejected = await WaitForImportAsync(client, await UploadAsync(client, "ssda903", tables, year: "2025"));

        Assert.Equal("The SSDA903 was not imported", Text(rejected, "h1"));
        Assert.Contains("\"Read the codes as\" set to 2023/24", Text(rejected, "#import-hint"), StringComparison.Ordinal);
        var rows = rejected.QuerySelectorAll("table tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Contains(rows, r => r[0] == "header.csv" && r[4] == "SEX" && r[5] == "1" && r[1].Length > 0);
        Assert.Equal(0, (await ReturnsTestData.CountsAsync(app.Settings))["children"]);

        byte[] problemsFile = await client.GetByteArrayAsync(rejected.QuerySelector("a[href*='handler=Problems']")!.GetAttribute("href"), TestContext.Current.CancellationToken);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, problemsFile.Take(3));
        string problemsCsv = Encoding.UTF8.GetString(problemsFile, 3, problemsFile.Length - 3);
        Assert.StartsWith("severity,file,line,path,child,field,value,expected\r\n", problemsCsv, StringComparison.Ordinal);
        Assert.Contains(",header.csv,", problemsCsv, StringComparison.Ordinal);

        IHtmlDocument imported = await WaitForImportAsync(client, await UploadAsync(client, "ssda903", [Zip(ReturnsTestData.Ssda903Folder)], year: "2025", treatAsYear: "2023"));

        Assert.Equal("SSDA903 imported", Text(imported, "h1"));
        // 2,675 children in header.csv, and one more named only in sw_episodes.csv: 2,676 distinct CHILD ids in all.
        Assert.Equal("2,676", Text(imported, "#children-imported"));
        Assert.Equal(2676, (await ReturnsTestData.CountsAsync(app.Settings))["children"]);
    }

    [Fact]
    public async Task UploadingTheSsda903XmlSample_ImportsIt()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        HttpClient client = app.StartWithoutDemo();

        IHtmlDocument done = await WaitForImportAsync(client, await UploadAsync(client, "ssda903", [ReturnsTestData.Ssda903Xml], year: "2023"));

        Assert.Equal("SSDA903 imported", Text(done, "h1"));
        Assert.True((await ReturnsTestData.CountsAsync(app.Settings))["care_episodes"] > 0);
    }

    [Fact]
    public async Task UploadingABrokenCinCensus_ListsTheProblemWithItsLine_AndImportsNothing()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        HttpClient client = app.StartWithoutDemo();
        string broken = ReturnsTestData.CopyWithChange(ReturnsTestData.CinSample, "<PersonBirthDate>", "<PersonBirthDate>31/02/");

        IHtmlDocument page = await WaitForImportAsync(client, await UploadAsync(client, "cin-census", [broken]));

        Assert.Equal("The CIN census was not imported", Text(page, "h1"));
        var first = page.QuerySelectorAll("table tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList())
            .First(r => r[4] == "PersonBirthDate");
        Assert.Equal("fake_CIN_data.xml", first[0]);
        Assert.NotEqual("", first[1]);
        Assert.Equal("PersonBirthDate", first[4]);
        Assert.StartsWith("31/02/", first[5], StringComparison.Ordinal);
        Assert.Equal(0, (await ReturnsTestData.CountsAsync(app.Settings))["children"]);
    }

    [Theory]
    [InlineData(null, "cin.xml", "return", "Select which return you are uploading")]
    [InlineData("cin-census", null, "files", "Select the file to upload")]
    [InlineData("cin-census", "cin.csv", "files", "The CIN census must be one XML file (.xml)")]
    [InlineData("ssda903", "return.pdf", "files", "The SSDA903 return must be its CSV tables (.csv), a zip of them (.zip), or one XML file (.xml)")]
    [InlineData("ssda903", "empty.csv", "files", "The selected file empty.csv is empty")]
    [InlineData("ssda903", "notazip.zip", "files", "The selected file notazip.zip is not a zip file that can be opened")]
    public async Task Upload_WithABadForm_SaysWhatIsWrong_KeepsTheChoices_AndQueuesNothing(string? kind, string? fileName, string field, string message)
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        HttpClient client = app.StartWithoutDemo();
        var files = new List<string>();
        if (fileName is not null)
        {
            string path = Path.Combine(Directory.CreateTempSubdirectory("opencsc-upload-").FullName, fileName);
            await File.WriteAllTextAsync(path, fileName == "empty.csv" ? "" : "<not a return/>", TestContext.Current.CancellationToken);
            files.Add(path);
        }

        using HttpResponseMessage response = await UploadAsync(client, kind, files, year: "2024");

        Assert.True(HttpStatusCode.OK == response.StatusCode, string.Join("\n", app.Logs));
        IHtmlDocument page = WebTestApp.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var link = page.QuerySelector(".govuk-error-summary a");
        Assert.Equal(message, link?.TextContent.Trim());
        Assert.Equal("#" + field, link?.GetAttribute("href"));
        Assert.Equal(message, page.QuerySelector($"#{field}-error")?.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim());
        Assert.Equal("2024", page.QuerySelector("#year option[selected]")?.GetAttribute("value"));
        if (kind is not null)
        {
            Assert.Equal(kind, page.QuerySelector("input[name='return'][checked]")?.GetAttribute("value"));
        }

        Assert.Null(page.QuerySelector("#recent-imports"));
    }

    [Fact]
    public async Task Upload_ReadingCodesAsALaterYear_IsRefused()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        HttpClient client = app.StartWithoutDemo();

        using HttpResponseMessage response = await UploadAsync(client, "cin-census", [ReturnsTestData.CinSample], year: "2023", treatAsYear: "2024");

        IHtmlDocument page = WebTestApp.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("The year whose codes the file uses must be earlier than the collection year", Text(page, ".govuk-error-summary a"));
    }

    [Fact]
    public async Task Upload_WithoutTheFormsToken_IsRefused()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        HttpClient client = app.StartWithoutDemo();
        using var content = new MultipartFormDataContent { { new StringContent("cin-census"), "return" }, { new ByteArrayContent(Encoding.UTF8.GetBytes("<x/>")), "files", "cin.xml" } };

        using HttpResponseMessage response = await client.PostAsync("/returns", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ImportPage_OfAnUnknownImport_IsNotFound()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        HttpClient client = app.StartWithoutDemo();

        using HttpResponseMessage response = await client.GetAsync("/returns/imports/" + Guid.NewGuid().ToString("N"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<string> SaveAsync(HttpResponseMessage response, string name)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string path = Path.Combine(Directory.CreateTempSubdirectory("opencsc-download-").FullName, name);
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        return path;
    }
}
