using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Primitives;
using OpenCsc.Audit;
using OpenCsc.Data;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

[Authorize(Policy = PagePolicies.ChildRecords)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock, CurrentStaff staff, ShownChildren shown) : PageModel
{
    /// <summary>The text as typed (model binding would turn blanks into null and lose it).</summary>
    public string? Query { get; private set; }

    public string? Error { get; private set; }

    public ChildSearchResult? Result { get; private set; }

    public IReadOnlyList<FieldError> Errors => Error is null ? [] : [new FieldError(ChildSearchForm.FieldId, Error)];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // The bare page, before anything is typed, is not an error.
        if (!Request.Query.TryGetValue("q", out StringValues typed))
        {
            return;
        }

        Query = typed.ToString();

        Error = SearchChildren.Validate(Query);
        if (Error is not null)
        {
            return;
        }

        DateOnly today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        // "page" is a route value in Razor Pages, so the page number is read from the query string directly.
        int page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out int number) ? number : 1;
        Result = await new SearchChildren(db, await staff.ScopeAsync(cancellationToken)).RunAsync(Query.Trim(), page, today, cancellationToken);
        await AuditTrail.RecordAsync(db, AuditEvent.Searched(Query.Trim(), Result.Total), cancellationToken);
        shown.Children(Result.Rows.Select(r => r.Id));
    }

    public string PageUrl(int page) =>
        "/children" + QueryString.Create(new KeyValuePair<string, string?>[] { new("q", Query?.Trim()), new("page", page.ToString(Formatting.EnGb)) }).ToUriComponent();
}
