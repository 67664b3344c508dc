using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCsc.Audit;
using OpenCsc.Data;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Returns;

/// <summary>
/// Downloads one return. A form that does not check out is shown again with what was entered and its errors;
/// otherwise the return is written from the database and sent as a file.
/// </summary>
[Authorize(Policy = PagePolicies.StatutoryReturns)]
public sealed class DownloadModel(AppDbContext db, TimeProvider clock, ILogger<DownloadModel> logger) : PageModel
{
    public DownloadForm Form { get; private set; } = null!;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public IReadOnlyList<FieldError> Errors => Form.Errors;

    public async Task<IActionResult> OnGetAsync(string kind, string? year, string? format, string? day, string? month, string? dateYear, CancellationToken cancellationToken)
    {
        if (!DownloadForm.Slugs.TryGetValue(kind, out DownloadKind downloadKind))
        {
            return NotFound();
        }

        (DownloadRequest? request, DownloadForm form) = new DownloadForm(downloadKind, year, format, day, month, dateYear).Check(Today);
        if (request is null)
        {
            Form = form;
            return Page();
        }

        DownloadedFile file = await WriteDownload.RunAsync(db, request, cancellationToken);
        await AuditTrail.RecordAsync(db, AuditEvent.Exported(request.Kind.ToString(), ("file", file.FileName)), cancellationToken);
        logger.LogInformation("Return downloaded: {Kind}, {Bytes} bytes.", request.Kind, file.Content.Length);
        return File(file.Content, file.ContentType, file.FileName);
    }
}
