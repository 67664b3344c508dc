using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCsc.Accounts;
using OpenCsc.Data;
using OpenCsc.DataQuality;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.DataQuality;

/// <summary>
/// The records one rule flags in the latest run, each linked to the child's record: only the children the person may
/// see (need-to-know, in the query), with how many more there are. Performance analysts mark a query as explained.
/// </summary>
[Authorize(Policy = PagePolicies.Trackers)]
public sealed class RuleModel(AppDbContext db, TimeProvider clock, CurrentStaff staff) : PageModel
{
    public string Rule { get; private set; } = "";

    public RuleCount? Summary { get; private set; }

    public IReadOnlyList<FailureRow> Rows { get; private set; } = [];

    public int Shown { get; private set; }

    public int Total { get; private set; }

    public long? Team { get; private set; }

    public string Collection { get; private set; } = RunDataQuality.Ssda903;

    public bool MayExplain { get; private set; }

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public long? ErrorFailure { get; private set; }

    public string? Note { get; private set; }

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(string rule, long? team, string? collection, CancellationToken cancellationToken)
    {
        Collection = Pick(collection);
        return await LoadAsync(rule, team, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(string rule, long? team, string? collection, long failure, string? note, CancellationToken cancellationToken)
    {
        Collection = Pick(collection);
        if (staff.User?.Role != StaffRole.PerformanceAnalyst)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (await ExplainQuery.RunAsync(db, failure, note, staff.User.DisplayName, clock.GetUtcNow().UtcDateTime, cancellationToken) is { } problem)
        {
            Errors = [new FieldError("note-" + failure.ToString(System.Globalization.CultureInfo.InvariantCulture), problem)];
            ErrorFailure = failure;
            Note = note;
            return await LoadAsync(rule, team, cancellationToken) ? Page() : NotFound();
        }

        Saved = "Query explained: it no longer shows for this child.";
        return Redirect($"/data-quality/{Uri.EscapeDataString(rule)}?collection={Collection}{(team is { } t ? "&team=" + t.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")}");
    }

    private static string Pick(string? collection) => collection == RunDataQuality.CinCensus ? RunDataQuality.CinCensus : RunDataQuality.Ssda903;

    private async Task<bool> LoadAsync(string rule, long? team, CancellationToken cancellationToken)
    {
        Rule = rule;
        Team = team;
        MayExplain = staff.User?.Role == StaffRole.PerformanceAnalyst;
        var list = new ListDataQuality(db);
        if (await list.LatestRunAsync(Collection, cancellationToken) is not { } run)
        {
            return true;
        }

        Summary = (await list.ByRuleAsync(run, team, cancellationToken: cancellationToken)).FirstOrDefault(r => r.Rule == rule);
        ChildScope scope = await staff.ScopeAsync(cancellationToken);
        (Rows, Shown, Total) = await list.FailuresAsync(run, rule, scope.ChildIds(db), team, cancellationToken: cancellationToken);
        return true;
    }
}
