using Microsoft.EntityFrameworkCore;
using OpenCsc.Audit;
using OpenCsc.Children;
using OpenCsc.Data;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Audit;

/// <summary>The pages that show or hand out children's data record it: a child's page, a search, a tracker's CSV, a return.</summary>
public sealed class RecordedViewsTests
{
    private static async Task<(WebTestApp App, HttpClient Client, long ChildId)> StartAsync()
    {
        WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        long childId;
        await using (AppDbContext db = app.OpenContext())
        {
            var child = new Child { LaChildId = "C77", FirstName = "Nia", LastName = "Okafor", DateOfBirth = new DateOnly(2015, 3, 1) };
            db.Children.Add(child);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            childId = child.Id;
        }

        return (app, app.StartWithoutDemo(), childId);
    }

    private static async Task<List<AuditEntry>> EventsAsync(WebTestApp app)
    {
        await using AppDbContext db = app.OpenContext();
        return await db.AuditEntries.AsNoTracking()
            .Where(e => e.Action != AuditAction.Create && e.Action != AuditAction.SignIn)
            .OrderBy(e => e.Sequence).ToListAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ChildPage_RecordsAView()
    {
        var (app, client, childId) = await StartAsync();
        await using WebTestApp _ = app;

        await WebTestApp.GetPageAsync(client, $"/children/{childId}");

        AuditEntry view = Assert.Single(await EventsAsync(app));
        Assert.Equal((AuditAction.View, "Child", childId), (view.Action, view.EntityType, view.ChildId!.Value));
        Assert.StartsWith("test.performanceanalyst.", view.UserName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownChild_RecordsNothing()
    {
        var (app, client, childId) = await StartAsync();
        await using WebTestApp _ = app;

        using HttpResponseMessage response = await client.GetAsync($"/children/{childId + 1}", TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await EventsAsync(app));
    }

    [Fact]
    public async Task Search_RecordsTheTermsAndHowManyFound()
    {
        var (app, client, _) = await StartAsync();
        await using WebTestApp _ = app;

        await WebTestApp.GetPageAsync(client, "/children?q=okafor");

        AuditEntry search = Assert.Single(await EventsAsync(app));
        Assert.Equal(AuditAction.Search, search.Action);
        Assert.Equal("""{"terms":"okafor","results":1}""", search.Details);
    }

    [Fact]
    public async Task TrackerCsv_RecordsAnExport()
    {
        var (app, client, _) = await StartAsync();
        await using WebTestApp _ = app;

        using HttpResponseMessage response = await client.GetAsync("/trackers/visits?handler=csv", TestContext.Current.CancellationToken);

        Assert.True(response.IsSuccessStatusCode);
        AuditEntry export = Assert.Single(await EventsAsync(app));
        Assert.Equal(AuditAction.Export, export.Action);
        Assert.Equal("""{"what":"tracker visits","file":"visits-2026-06-15.csv","rows":0}""", export.Details);
    }

    [Fact]
    public async Task ReturnDownload_RecordsAnExport()
    {
        var (app, client, _) = await StartAsync();
        await using WebTestApp _ = app;

        using HttpResponseMessage response = await client.GetAsync("/returns/download/cin-census?year=2025", TestContext.Current.CancellationToken);

        Assert.True(response.IsSuccessStatusCode);
        AuditEntry export = Assert.Single(await EventsAsync(app));
        Assert.Equal(AuditAction.Export, export.Action);
        Assert.StartsWith("""{"what":"CinCensus","file":"CIN_census_""", export.Details, StringComparison.Ordinal);
    }
}
