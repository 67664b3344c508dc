using AngleSharp.Html.Dom;
using Xunit;

namespace OpenCsc.IntegrationTests.Web;

[Trait("Category", TestCategories.Slow)]
public sealed class SecurityTests
{
    [Fact]
    public async Task EveryPage_SendsTheContentSecurityPolicy_AndHasNoInlineScript()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        TestBorough borough = await TestBorough.InsertAsync(app);
        HttpClient client = app.Start();
        string[] urls =
        [
            "/",
            "/children",
            "/children?q=smi",
            "/children?q=",
            $"/children/{borough.Amelia.Id}",
            $"/children/{borough.Ben.Id}?type=care&type=visits",
            "/children/999999",
            "/no-such-page",
        ];

        foreach (string url in urls)
        {
            using HttpResponseMessage response = await client.GetAsync(url, TestContext.Current.CancellationToken);

            string csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("no-referrer", string.Join("", response.Headers.GetValues("Referrer-Policy")));
            Assert.Equal("DENY", string.Join("", response.Headers.GetValues("X-Frame-Options")));

            IHtmlDocument page = WebTestApp.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.NotEmpty(page.Scripts);
            Assert.All(page.Scripts, script => Assert.False(string.IsNullOrEmpty(script.Source), $"{url} has an inline <script>"));
            Assert.Empty(page.QuerySelectorAll("style, [style]"));
        }
    }

    [Fact]
    public async Task StaticAssets_GovukFrontendIsServedWithTheSecurityHeaders()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        HttpClient client = app.Start();

        using HttpResponseMessage css = await client.GetAsync("/lib/govuk-frontend/govuk-frontend.min.css", TestContext.Current.CancellationToken);
        using HttpResponseMessage js = await client.GetAsync("/lib/govuk-frontend/govuk-frontend.min.js", TestContext.Current.CancellationToken);
        using HttpResponseMessage font = await client.GetAsync("/assets/fonts/bold-b542beb274-v2.woff2", TestContext.Current.CancellationToken);

        Assert.True(css.IsSuccessStatusCode);
        Assert.True(js.IsSuccessStatusCode);
        Assert.True(font.IsSuccessStatusCode);
        Assert.True(css.Headers.Contains("Content-Security-Policy"));
    }
}
