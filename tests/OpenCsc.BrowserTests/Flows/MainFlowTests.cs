using Microsoft.Playwright;
using OpenCsc.BrowserTests.Infrastructure;

namespace OpenCsc.BrowserTests.Flows;

/// <summary>
/// The main flows in headless Chromium, by labels and roles as a keyboard or screen-reader user finds them: sign in,
/// find a child, open the record, record a visit, see the child leave the overdue list; the caseload's shortcut;
/// signing out; a member refused a child's record.
/// </summary>
public sealed class MainFlowTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private static ILocator VisitState(IPage page) => page.Locator("tbody tr[data-child='AMY001'] [data-field='state'] .govuk-tag");

    [Fact]
    public async Task ASocialWorker_SignsIn_FindsAChild_RecordsAVisit_AndTheChildLeavesTheOverdueList_ThenSignsOut()
    {
        IPage page = await host.NewPageAsync();
        await page.GotoAsync("/children");
        Assert.EndsWith("/sign-in?returnUrl=%2Fchildren", page.Url, StringComparison.Ordinal);

        // A wrong password: the error summary, focused, and the name kept.
        await page.GetByLabel("User name").FillAsync("ann.worker");
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        ILocator summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByLabel("User name")).ToHaveValueAsync("ann.worker");

        await page.GetByLabel("Password").FillAsync(BrowserBorough.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/children");

        await page.GotoAsync("/trackers/visits");
        await Assertions.Expect(VisitState(page)).ToHaveTextAsync("Overdue");

        await page.GotoAsync("/children");
        await page.GetByLabel("Find a child").FillAsync("Overdue");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Amy Overdue" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Amy Overdue");

        await page.GetByRole(AriaRole.Button, new() { Name = "Record a visit" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Record a visit");
        await Assertions.Expect(page.GetByLabel("Child protection visit")).ToBeCheckedAsync();
        await page.GetByLabel("Day").FillAsync("12");
        await page.GetByLabel("Month").FillAsync("6");
        await page.GetByLabel("Year").FillAsync("2026");
        await page.GetByRole(AriaRole.Group, new() { Name = "Was the child seen?" }).GetByLabel("Yes").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Was the child seen alone?" }).GetByLabel("Yes").CheckAsync();
        await page.GetByLabel("Note (optional)").FillAsync("Seen at school with her teacher's help.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save visit" }).ClickAsync();

        await Assertions.Expect(page.Locator("#saved")).ToHaveTextAsync("Child protection visit on 12 June 2026 recorded.");
        await Assertions.Expect(page.Locator("#chronology-table")).ToContainTextAsync("Note: Seen at school with her teacher's help.");

        // Seen on Friday 12 June: the next CP visit is due ten working days later, Friday 26 June.
        await page.GotoAsync("/trackers/visits");
        await Assertions.Expect(VisitState(page)).ToHaveTextAsync("Not yet due");
        await Assertions.Expect(page.Locator("tbody tr[data-child='AMY001'] [data-field='due']")).ToHaveTextAsync("26 June 2026");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/sign-in**");
        await page.GotoAsync("/children");
        Assert.Contains("/sign-in", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromTheCaseload_RecordAVisitIsOneClickAway()
    {
        IPage page = await host.SignedInAsync("ann.worker");
        await page.GotoAsync("/caseload");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("My caseload");
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a visit for Cal Inneed" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Record a visit");
        await Assertions.Expect(page.Locator(".govuk-caption-l")).ToHaveTextAsync("Cal Inneed");

        // Saving with nothing filled in keeps the user on the form with every problem listed and linked.
        await page.GetByRole(AriaRole.Button, new() { Name = "Save visit" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary__list a")).ToHaveCountAsync(2);
        await page.Locator(".govuk-error-summary__list a", new() { HasText = "Enter the date of the visit" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Day")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task AReadOnlyMember_IsRefusedAChildsRecord_AndSeesFiguresOnly()
    {
        IPage page = await host.SignedInAsync("mo.member");
        IResponse? response = await page.GotoAsync("/children/" + host.Borough.Amy.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You do not have access");
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("Amy");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Find a child" })).ToHaveCountAsync(0);
    }
}
