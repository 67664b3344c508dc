using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Recording;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>What the recording forms on a child's record share: need-to-know first, the child's name, today, the errors.</summary>
public static class RecordingPages
{
    /// <summary>
    /// Refuses a child outside the person's scope (403; 404 for no such child) before anything of the record is read;
    /// otherwise gives the child's name.
    /// </summary>
    public static async Task<(IActionResult? Refused, string ChildName)> OpenChildAsync(PageModel page, AppDbContext db, CurrentStaff staff, long id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(staff);
        var scope = await staff.ScopeAsync(cancellationToken);
        if (!await scope.CanSeeAsync(db, id, cancellationToken))
        {
            return (await db.Children.AnyAsync(c => c.Id == id, cancellationToken) ? page.StatusCode(StatusCodes.Status403Forbidden) : page.NotFound(), "");
        }

        return (null, await db.Children.Where(c => c.Id == id).Select(c => c.FirstName + " " + c.LastName).FirstAsync(cancellationToken));
    }

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    }

    public static string ChildUrl(long id) => "/children/" + id.ToString(CultureInfo.InvariantCulture);

    public static IReadOnlyList<FieldError> Errors(IEnumerable<FieldProblem> problems) => problems.Select(p => new FieldError(p.Field, p.Message)).ToList();

    /// <summary>True when the save was refused because the record changed after the form was opened.</summary>
    public static bool IsConflict(IEnumerable<FieldProblem> problems) => problems.Any(p => p.Message == EditConflicts.Message);
}
