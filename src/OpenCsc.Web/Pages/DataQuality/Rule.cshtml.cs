using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenCsc.Accounts;
using OpenCsc.Data;
using OpenCsc.DataQuality;
using OpenCsc.Recording;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.DataQuality;

/// <summary>
/// The records one rule flags in the latest run, each linked to the child's record: only the children the person may
/// see (need-to-know, in the query), with how many more there are. Performance analysts mark a query as explained.
/// </summary>
[Authorize(Policy = PagePolicies.Trackers)]
public sealed class RuleModel(AppDbContext db, CurrentStaff staff, RecordingContexts contexts, ShownChildren shown) : RecordingPageModel
{
    public string Rule { get; private set; } = "";

    public RuleCount? Summary { get; private set; }

    public IReadOnlyList<FailureRow> Rows { get; private set; } = [];

    public int Shown { get; private set; }

    public int Total { get; private set; }

    public long? Team { get; private set; }

    public string Collection { get; private set; } = RunDataQuality.Ssda903;

    public bool MayExplain { get; private set; }

    /// <summary>The failure whose explanation was refused (its note shown again with the problem).</summary>
    public long? ErrorFailure { get; private set; }

    public async Task<IActionResult> OnGetAsync(string rule, long? team, string? collection, CancellationToken cancellationToken)
    {
        Collection = Pick(collection);
        return await LoadAsync(rule, team, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(string rule, long? team, string? collection, CancellationToken cancellationToken)
    {
        Collection = Pick(collection);
        if (staff.User?.Role != StaffRole.PerformanceAnalyst)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        RecordingContext context = await contexts.ForRequestAsync(cancellationToken);
        var form = new FormReader(Request.Form);
        long? failure = form.Id(nameof(ExplainQueryCommand.FailureId), "failure", "That failure is not in the data quality results any more");
        if (failure is null)
        {
            return NotFound();
        }

        form.Link(nameof(ExplainQueryCommand.FailureId), "note-" + failure.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        string? note = form.Text(nameof(ExplainQueryCommand.Note), "note", "why the data is right", required: false, id: "note-" + failure.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        RecordingResult<ExplainedQuery> result = await ExplainQuery.RunAsync(db, context, new ExplainQueryCommand(failure.Value, note), cancellationToken);
        string back = $"/data-quality/{Uri.EscapeDataString(rule)}?collection={Collection}{(team is { } t ? "&team=" + t.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")}";
        IActionResult shown = Show(result, form, _ => "Query explained: it no longer shows for this child.", _ => back);
        if (result.Outcome is RecordingOutcome.Invalid or RecordingOutcome.Conflict)
        {
            ErrorFailure = failure;
            db.ChangeTracker.Clear();
            return await LoadAsync(rule, team, cancellationToken) ? shown : NotFound();
        }

        return shown;
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
        shown.Children(Rows.Where(r => r.ChildId is not null).Select(r => r.ChildId!.Value));
        return true;
    }
}
