using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCsc.Web.Background;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Returns;

/// <summary>The performance team's page for the statutory returns: download each return, upload one to import.</summary>
[Authorize(Policy = PagePolicies.StatutoryReturns)]
[RequestSizeLimit(UploadReturn.MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadReturn.MaxUploadBytes)]
public sealed class IndexModel(ImportQueue imports, TimeProvider clock, UploadSettings uploads) : PageModel
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public UploadForm Upload { get; private set; } = new(null, null, null);

    public IReadOnlyList<DownloadForm> Downloads { get; private set; } = [];

    public IReadOnlyList<ImportJob> RecentImports { get; private set; } = [];

    public IReadOnlyList<FieldError> Errors => Upload.Errors;

    public void OnGet() => Fill();

    public async Task<IActionResult> OnPostAsync(string? @return, string? year, string? treatAsYear, List<IFormFile>? files, CancellationToken cancellationToken)
    {
        var form = new UploadForm(@return, year, treatAsYear);
        (ImportJob? job, UploadForm checkedForm) = await UploadReturn.RunAsync(form, files ?? [], Today, clock.GetUtcNow(), uploads, cancellationToken, OpenCsc.Web.Security.RequestAuditContext.From(HttpContext));
        if (job is null)
        {
            Upload = checkedForm;
            Fill();
            return Page();
        }

        imports.Enqueue(job);
        return Redirect("/returns/imports/" + job.Id.ToString("N"));
    }

    private void Fill()
    {
        Downloads = Enum.GetValues<DownloadKind>().Select(k => DownloadForm.Blank(k, Today)).ToList();
        RecentImports = imports.Recent(10);
    }
}
