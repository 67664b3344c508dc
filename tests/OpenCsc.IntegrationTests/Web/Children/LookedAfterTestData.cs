using AngleSharp.Html.Dom;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.LookedAfter;
using OpenCsc.Workforce;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Children;

/// <summary>The ids of the looked-after forms' test borough: Lou, Ann's child; Ira, an IRO; Lou's open episode when she is looked after.</summary>
internal sealed record LookedAfterBorough(long Lou, long Ann, long Ira, long? Episode)
{
    public string ChildUrl => "/children/" + Lou.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// A small borough for the looked-after forms' tests (as at Monday 15 June 2026): Lou (born 5 May 2015, LOU1) is
/// allocated to Ann, a social worker of Team A, since 1 January 2026; Ira is an independent reviewing officer. When a
/// date is given, Lou is looked after from it: accommodated under section 20 (V2), abuse or neglect (N1), with an
/// in-house foster carer (U3, PR1).
/// </summary>
internal static class LookedAfterTestData
{
    public static async Task<LookedAfterBorough> InsertAsync(WebTestApp app, DateOnly? lookedAfterSince)
    {
        await using AppDbContext db = app.OpenContext();
        var team = new Team { Name = "Team A", Kind = TeamKind.ChildInNeed, Service = new Service { Name = "North" } };
        var iros = new Team { Name = "IROs", Kind = TeamKind.IndependentReviewing, Service = new Service { Name = "Quality" } };
        var ann = new Worker { StaffNumber = "ANN", FirstName = "Ann", LastName = "Worker", Role = WorkerRole.SocialWorker, Team = team, StartDate = new DateOnly(2020, 1, 1) };
        var ira = new Worker { StaffNumber = "IRA", FirstName = "Ira", LastName = "Reviewer", Role = WorkerRole.IndependentReviewingOfficer, Team = iros, StartDate = new DateOnly(2020, 1, 1) };
        var lou = new Child { LaChildId = "LOU1", FirstName = "Lou", LastName = "Cared", DateOfBirth = new DateOnly(2015, 5, 5) };
        db.AddRange(team, iros, ann, ira, lou, new Allocation { Child = lou, Team = team, Worker = ann, StartDate = new DateOnly(2026, 1, 1) });
        CareEpisode? episode = null;
        if (lookedAfterSince is { } since)
        {
            episode = new CareEpisode
            {
                Child = lou,
                StartDate = since,
                ReasonForNewEpisode = "S",
                LegalStatus = "V2",
                CategoryOfNeed = "N1",
                PlacementType = "U3",
                PlacementProvider = "PR1",
                PlacementPostcode = "N1 1AA",
            };
            db.Add(new PeriodOfCare { Child = lou, StartDate = since, Episodes = [episode] });
            db.Add(new IroAllocation { Child = lou, Iro = ira, StartDate = since });
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return new LookedAfterBorough(lou.Id, ann.Id, ira.Id, episode?.Id);
    }

    /// <summary>Opens a form and keeps what it carries: the anti-forgery token and the hidden fields (the record's version).</summary>
    public static async Task<Dictionary<string, string>> OpenFormAsync(HttpClient client, string url)
    {
        IHtmlDocument page = await WebTestApp.GetPageAsync(client, url);
        return page.QuerySelectorAll($"form[action='{url}'] input[type='hidden']")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "", StringComparer.Ordinal);
    }

    /// <summary>Posts the fields with what the opened form carried.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, Dictionary<string, string> opened, Dictionary<string, string> fields)
    {
        var all = new Dictionary<string, string>(opened, StringComparer.Ordinal);
        foreach ((string name, string value) in fields)
        {
            all[name] = value;
        }

        return await client.PostAsync(url, new FormUrlEncodedContent(all), TestContext.Current.CancellationToken);
    }

    /// <summary>The error summary's messages, in order.</summary>
    public static async Task<(IHtmlDocument Page, string[] Errors)> ProblemsAsync(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        IHtmlDocument page = WebTestApp.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (page, [.. page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim())]);
    }
}
