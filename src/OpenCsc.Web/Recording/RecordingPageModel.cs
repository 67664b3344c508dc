using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Recording;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Recording;

/// <summary>
/// The base of every recording page: need-to-know before anything is shown, the values as typed (or the defaults a GET
/// offers), the error summary from a <see cref="FormReader"/> or a use case's <see cref="RecordingResult{T}"/>, and
/// the redirect with the saved message. A page parses the form into the use case's command and maps the result with
/// <see cref="Show{T}"/>; see docs/decisions/0025-one-recording-pipeline.md.
/// </summary>
public abstract class RecordingPageModel : PageModel
{
    /// <summary>The hidden field that carries <see cref="FormToken"/>.</summary>
    public const string FormTokenField = "formToken";

    private IReadOnlyDictionary<string, string?> _values = new Dictionary<string, string?>();
    private string? _formToken;

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    /// <summary>True when the last save was refused because someone else changed the record first.</summary>
    public bool IsConflict { get; private set; }

    /// <summary>The child the page records on (pages about a child).</summary>
    public long ChildId { get; protected set; }

    public string ChildName { get; protected set; } = "";

    public string ChildUrl => "/children/" + ChildId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The message shown on the page redirected to after a save.</summary>
    [TempData]
    public string? Saved { get; set; }

    public string? ErrorFor(string inputId) => Errors.FirstOrDefault(e => e.FieldId == inputId)?.Message;

    /// <summary>A value of the form: as posted, or as the GET offered it.</summary>
    public string? Value(string name)
    {
        if (Request.HasFormContentType && HttpMethods.IsPost(Request.Method))
        {
            return Request.Form.TryGetValue(name, out var posted) ? posted.ToString() : null;
        }

        return _values.GetValueOrDefault(name);
    }

    /// <summary>Whether a checkbox or repeated input was sent (or offered) with this value.</summary>
    public bool Has(string name, string value)
    {
        if (Request.HasFormContentType && HttpMethods.IsPost(Request.Method))
        {
            return Request.Form.TryGetValue(name, out var posted) && posted.Contains(value);
        }

        return _values.GetValueOrDefault(name)?.Split(',').Contains(value) == true;
    }

    /// <summary>
    /// This form instance's token, for a form that creates a record (the _FormToken partial renders it): the one
    /// posted when the form comes back, else a new one. See <see cref="SaveOnceAsync{T}"/>.
    /// </summary>
    public string FormToken => _formToken ??= PostedFormToken() ?? Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);

    /// <summary>
    /// <see cref="Show{T}"/> for a form that creates a record, run once per form instance: a form whose token has
    /// already saved (a double click, a replay) goes to the page that save led to, with its message, and creates
    /// nothing; otherwise the token is saved with the record (<see cref="RecordingContext.Form"/>), and when two sends
    /// of the form race, the second fails on the token's key and is answered as a replay.
    /// </summary>
    protected async Task<IActionResult> SaveOnceAsync<T>(
        AppDbContext db, RecordingContext context, Func<Task<RecordingResult<T>>> record, FormReader form, Func<T, string> savedMessage, Func<T, string> redirectTo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(record);
        if (PostedFormToken() is not { } token)
        {
            return Show(await record(), form, savedMessage, redirectTo);
        }

        if (await ReplayAsync(db, token, context.Actor.UserName, cancellationToken) is { } replay)
        {
            return replay;
        }

        context.Form = new FormInstance(token, value => new FormOutcome(redirectTo((T)value), savedMessage((T)value)));
        try
        {
            return Show(await record(), form, savedMessage, redirectTo);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await ReplayAsync(db, token, context.Actor.UserName, cancellationToken) is { } raced)
            {
                return raced;
            }

            throw;
        }
    }

    private async Task<IActionResult?> ReplayAsync(AppDbContext db, string token, string userName, CancellationToken cancellationToken)
    {
        FormSubmission? saved = await db.FormSubmissions.AsNoTracking().FirstOrDefaultAsync(s => s.Token == token, cancellationToken);
        if (saved is null)
        {
            return null;
        }

        if (saved.UserName != userName)
        {
            // Someone else's form: nothing of theirs is shown, nothing is saved.
            return BadRequest();
        }

        Saved = saved.SavedMessage;
        return Redirect(saved.ResultUrl);
    }

    private string? PostedFormToken() =>
        Request.HasFormContentType && HttpMethods.IsPost(Request.Method) && Request.Form.TryGetValue(FormTokenField, out var posted)
            && FormInstance.IsToken(posted.ToString())
            ? Guid.ParseExact(posted.ToString(), "N").ToString("N", CultureInfo.InvariantCulture)
            : null;

    /// <summary>The values a new form starts with (a GET): today's date, the record's version, a sensible default.</summary>
    protected void Offer(IReadOnlyDictionary<string, string?> values) => _values = values;

    /// <summary>Today's date for a GOV.UK date input named day, month and year (or with the given names).</summary>
    protected static IEnumerable<KeyValuePair<string, string?>> DateValues(DateOnly date, string dayName = "day", string monthName = "month", string yearName = "year") =>
    [
        new(dayName, date.Day.ToString(CultureInfo.InvariantCulture)),
        new(monthName, date.Month.ToString(CultureInfo.InvariantCulture)),
        new(yearName, date.Year.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>
    /// Need-to-know for a page about one child, before anything of the record is read: 403 for a child out of scope
    /// or restricted, 404 for no such child; otherwise null, with <see cref="ChildId"/> and <see cref="ChildName"/> set.
    /// </summary>
    protected async Task<IActionResult?> OpenChildAsync(AppDbContext db, CurrentStaff staff, long childId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(staff);
        ChildId = childId;
        if (await staff.RefusalForChildAsync(db, childId, cancellationToken) is int refused)
        {
            return StatusCode(refused);
        }

        ChildName = await db.Children.Where(c => c.Id == childId).Select(c => c.FirstName + " " + c.LastName).FirstAsync(cancellationToken);
        return null;
    }

    /// <summary>The form again with the reader's problems (what is missing or malformed), nothing saved.</summary>
    protected IActionResult Invalid(FormReader form)
    {
        ArgumentNullException.ThrowIfNull(form);
        Errors = Map(form, form.Problems);
        return Page();
    }

    /// <summary>
    /// Maps a use case's result: saved, the message for the next page and a redirect; refused, 403 or 404; otherwise
    /// the form again with its problems (a conflict's message too), the user's entries kept.
    /// </summary>
    protected IActionResult Show<T>(RecordingResult<T> result, FormReader form, Func<T, string> savedMessage, Func<T, string> redirectTo)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(savedMessage);
        ArgumentNullException.ThrowIfNull(redirectTo);
        switch (result.Outcome)
        {
            case RecordingOutcome.Saved:
                Saved = savedMessage(result.Value!);
                return Redirect(redirectTo(result.Value!));
            case RecordingOutcome.NotFound:
                return NotFound();
            case RecordingOutcome.Refused:
                return StatusCode(StatusCodes.Status403Forbidden);
            case RecordingOutcome.Conflict:
                IsConflict = true;
                Errors = Map(form, result.Problems);
                return Page();
            case RecordingOutcome.Invalid:
                Errors = Map(form, result.Problems);
                return Page();
            default:
                throw new InvalidOperationException("Unknown recording outcome " + result.Outcome);
        }
    }

    private static List<FieldError> Map(FormReader form, IEnumerable<FieldProblem> problems) =>
        [.. problems.Select(p => new FieldError(form.InputFor(p.Field), p.Message))];
}
