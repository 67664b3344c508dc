using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using OpenCsc.ChildInNeed;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.Workforce;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Children;

/// <summary>
/// What the plan form tests share: Zoe, referred on 1 May 2026 (her child in need episode open), whose case Ann of Team A
/// holds; the other rows a test needs are added by its arrange step. Today is Monday 15 June 2026.
/// </summary>
internal static class PlanForms
{
    public static async Task<(long Child, long Ann)> InsertZoeAsync(WebTestApp app, Action<AppDbContext, Child, CinEpisode>? arrange = null)
    {
        await using AppDbContext db = app.OpenContext();
        var team = new Team { Name = "Team A", Kind = TeamKind.ChildInNeed, Service = new Service { Name = "North" } };
        var ann = new Worker { StaffNumber = "ANN", FirstName = "Ann", LastName = "Worker", Role = WorkerRole.SocialWorker, Team = team, StartDate = new DateOnly(2020, 1, 1) };
        var zoe = new Child { LaChildId = "ZOE1", FirstName = "Zoe", LastName = "Planned", DateOfBirth = new DateOnly(2015, 3, 3) };
        var episode = new CinEpisode { Child = zoe, ReferralDate = new DateOnly(2026, 5, 1), ReferralSource = "1A" };
        db.AddRange(team, ann, zoe, episode, new Allocation { Child = zoe, Team = team, Worker = ann, StartDate = new DateOnly(2026, 5, 1) });
        arrange?.Invoke(db, zoe, episode);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (zoe.Id, ann.Id);
    }

    public static string ChildUrl(long child) => "/children/" + child.ToString(CultureInfo.InvariantCulture);

    public static string[] Summary(IHtmlDocument page) => [.. page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim())];

    /// <summary>Posts the form (with a fresh token and, for an edit, the version the form shows now) and expects it back with errors.</summary>
    public static async Task<IHtmlDocument> RefusedAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        (string token, string? version) = await OpenAsync(client, url);
        using HttpResponseMessage response = await PostOpenedAsync(client, url, token, version, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebTestApp.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Posts the form as it is now and expects the redirect to the child's page.</summary>
    public static async Task SavedAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        (string token, string? version) = await OpenAsync(client, url);
        using HttpResponseMessage response = await PostOpenedAsync(client, url, token, version, fields);
        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {url} answered {(int)response.StatusCode}: {string.Join(" | ", Summary(WebTestApp.Parse(body)))}");
    }

    /// <summary>Opens the form: its anti-forgery token and the version of the record it carries (null for a new record).</summary>
    public static async Task<(string Token, string? Version)> OpenAsync(HttpClient client, string url)
    {
        IHtmlDocument page = await WebTestApp.GetPageAsync(client, url);
        return (page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!,
            page.QuerySelector("input[name='version']")?.GetAttribute("value"));
    }

    /// <summary>Posts a form opened earlier, with the token and version it showed then.</summary>
    public static async Task<HttpResponseMessage> PostOpenedAsync(HttpClient client, string url, string token, string? version, Dictionary<string, string> fields)
    {
        var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        if (version is not null)
        {
            all["version"] = version;
        }

        return await client.PostAsync(url, new FormUrlEncodedContent(all), TestContext.Current.CancellationToken);
    }

    /// <summary>The form's date boxes (every plan form names them day, month and year).</summary>
    public static Dictionary<string, string> Date(string day, string month = "6", string year = "2026") =>
        new() { ["day"] = day, ["month"] = month, ["year"] = year };

    public static Dictionary<string, string> With(this Dictionary<string, string> fields, string name, string value)
    {
        fields[name] = value;
        return fields;
    }
}
