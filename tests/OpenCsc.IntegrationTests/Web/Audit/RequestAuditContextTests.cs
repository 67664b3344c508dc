using System.Net;
using System.Security.Claims;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Audit;
using OpenCsc.Data;
using OpenCsc.Web.Security;
using Xunit;

namespace OpenCsc.IntegrationTests.Web.Audit;

/// <summary>A change made through a page is recorded as the request's user and address, old values included.</summary>
public sealed class RequestAuditContextTests
{
    [Fact]
    public async Task SettingAndResettingATarget_RecordedAsTheRequestsUser()
    {
        WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        await using WebTestApp _ = app;
        HttpClient client = app.StartWithoutDemo();
        CancellationToken ct = TestContext.Current.CancellationToken;
        IHtmlDocument form = await WebTestApp.GetPageAsync(client, "/dashboard/targets?code=ASSESSMENTS_45WD");
        string token = form.QuerySelector("form[action='/dashboard/targets'] input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        using var set = await client.PostAsync("/dashboard/targets", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["code"] = "ASSESSMENTS_45WD",
            ["value"] = "50%",
            ["reason"] = "Improvement board, 1 June 2026",
        }), ct);
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        using var reset = await client.PostAsync("/dashboard/targets?handler=Reset", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["code"] = "ASSESSMENTS_45WD",
        }), ct);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        await using AppDbContext db = app.OpenContext();
        List<AuditEntry> targets = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "IndicatorTarget").OrderBy(e => e.Sequence).ToListAsync(ct);
        Assert.Equal([AuditAction.Create, AuditAction.Delete], targets.Select(e => e.Action));
        // The signed-in analyst: the account's id and user name.
        Assert.All(targets, e => Assert.StartsWith("test.performanceanalyst.", e.UserName, StringComparison.Ordinal));
        Assert.All(targets, e => Assert.True(long.TryParse(e.UserId, System.Globalization.CultureInfo.InvariantCulture, out long id) && id > 0, e.UserId));
        Assert.All(targets, e => Assert.False(string.IsNullOrEmpty(e.Address)));
        using JsonDocument removed = JsonDocument.Parse(targets[1].Details!);
        Assert.Equal(0.5, removed.RootElement.GetProperty("Value").GetProperty("old").GetDouble());
        Assert.Equal("Improvement board, 1 June 2026", removed.RootElement.GetProperty("Reason").GetProperty("old").GetString());
        Assert.True((await VerifyAuditTrail.RunAsync(db, ct)).Intact);
    }

    [Fact]
    public void From_SignedInUser_IsTheirIdNameAndAddress()
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = IPAddress.Parse("10.1.2.3");
        http.User = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "u-17"), new Claim(ClaimTypes.Name, "Sam Worker")], authenticationType: "Test"));

        Assert.Equal(new AuditContext("u-17", "Sam Worker", "10.1.2.3"), RequestAuditContext.From(http));
    }

    [Fact]
    public void From_NobodySignedIn_IsAnonymousAtTheAddress()
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = IPAddress.Parse("2001:db8::5");

        Assert.Equal(new AuditContext("anonymous", "anonymous", "2001:db8::5"), RequestAuditContext.From(http));
    }
}
