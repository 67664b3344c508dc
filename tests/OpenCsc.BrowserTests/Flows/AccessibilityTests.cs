using System.Text.Json;
using Microsoft.Playwright;
using OpenCsc.BrowserTests.Infrastructure;

namespace OpenCsc.BrowserTests.Flows;

/// <summary>
/// axe-core (from the npm registry, pinned in this project's package-lock.json) on the main pages, as each page's
/// user sees them: no violation of WCAG 2.0/2.1 A and AA.
/// </summary>
public sealed class AccessibilityTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js")));

    public static TheoryData<string, string> Pages => new()
    {
        { "", "/sign-in" },
        { "ann.worker", "/" },
        { "ann.worker", "/caseload" },
        { "ann.worker", "/children" },
        { "ann.worker", "/children?q=Overdue" },
        { "ann.worker", "/children/{amy}" },
        { "ann.worker", "/children/{amy}/visits/new" },
        { "ann.worker", "/children/{zoe}" },
        { "ann.worker", "/children/{zoe}/break-glass" },
        { "ann.worker", "/trackers" },
        { "ann.worker", "/trackers/visits" },
        { "tess.manager", "/break-glass" },
        { "tess.manager", "/children/{amy}/allocation" },
        { "ann.worker", "/children/{amy}/strategy-discussions/new" },
        { "pat.analyst", "/dashboard" },
        { "pat.analyst", "/dashboard/summary" },
        { "pat.analyst", "/dashboard/ASSESSMENTS_45WD" },
        { "pat.analyst", "/dashboard/targets" },
        { "pat.analyst", "/returns" },
        { "quinn.auditor", "/audit" },
        { "pat.analyst", "/data-quality" },
        { "ann.worker", "/data-quality/191" },
        { "sys.admin", "/admin/accounts" },
        { "sys.admin", "/admin/accounts/new" },
        { "mo.member", "/dashboard" },
        { "ann.worker", "/front-door" },
        { "ann.worker", "/front-door/contacts/new" },
        { "ann.worker", "/children/{amy}/assessments/new" },
        { "ann.worker", "/children/{amy}/section-47/new" },
        { "ann.worker", "/children/{amy}/cp-plans/{amyplan}/reviews/new" },
        { "ann.worker", "/children/{amy}/cp-plans/{amyplan}/end" },
        { "ann.worker", "/children/{amy}/looked-after/start" },
        { "ann.worker", "/children/{amy}/missing/new" },
        { "tess.manager", "/supervision" },
        { "tess.manager", "/supervision/{ann}/new" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task ThePage_HasNoAxeViolations(string user, string path)
    {
        IPage page = user.Length == 0 ? await host.NewPageAsync() : await host.SignedInAsync(user);
        string url = path.Replace("{amy}", Id(host.Borough.Amy), StringComparison.Ordinal).Replace("{zoe}", Id(host.Borough.Zoe), StringComparison.Ordinal)
            .Replace("{amyplan}", Id(host.Borough.AmyPlan), StringComparison.Ordinal).Replace("{ann}", Id(host.Borough.Ann), StringComparison.Ordinal);
        await page.GotoAsync(url);
        await AssertNoViolationsAsync(page, url);
    }

    [Fact]
    public async Task TheVisitFormWithErrors_HasNoAxeViolations()
    {
        IPage page = await host.SignedInAsync("ann.worker");
        string url = "/children/" + Id(host.Borough.Amy) + "/visits/new";
        await page.GotoAsync(url);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save visit" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await AssertNoViolationsAsync(page, url + " (with errors)");
    }

    /// <summary>The check itself can fail: an image without a text alternative, added to a clean page, is reported.</summary>
    [Fact]
    public async Task TheCheck_ReportsAViolationWhenAPageHasOne()
    {
        IPage page = await host.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.EvaluateAsync("() => { const img = document.createElement('img'); img.src = '/assets/images/favicon.svg'; document.querySelector('main').appendChild(img); }");
        await page.EvaluateAsync(AxeSource.Value);
        string[] ids = await page.EvaluateAsync<string[]>("async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a'] } })).violations.map(v => v.id)");
        Assert.Contains("image-alt", ids);
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        // Evaluated through the DevTools protocol, so the page's Content-Security-Policy (no inline script) is kept.
        await page.EvaluateAsync(AxeSource.Value);
        JsonElement violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) }));
            }
            """);
        Assert.True(violations.GetArrayLength() == 0, $"{what}: {violations}");
    }
}
