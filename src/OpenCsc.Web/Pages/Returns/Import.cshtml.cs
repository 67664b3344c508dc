using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using OpenCsc.Returns;
using OpenCsc.Web.Background;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Returns;

/// <summary>One import's progress, and how it ended: the counts, or every problem that rejected the file.</summary>
[Authorize(Policy = PagePolicies.StatutoryReturns)]
public sealed class ImportModel(ImportQueue imports) : PageModel
{
    /// <summary>The most problems or warnings listed on the page; the CSV download has every one the job listed.</summary>
    public const int Shown = 500;

    public ImportJob Job { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (Find(id) is not { } job)
        {
            return NotFound();
        }

        Job = job;
        return Page();
    }

    /// <summary>The problems the job listed (or, for an import that succeeded, its warnings) as a CSV file, written as it is sent.</summary>
    public IActionResult OnGetProblems(string id)
    {
        if (Find(id) is not { } job || !(job.IsFinished || job.AwaitsConfirmation))
        {
            return NotFound();
        }

        IReadOnlyList<ReturnProblem> problems = job.State switch
        {
            ImportJobState.Succeeded => job.Result!.Warnings,
            ImportJobState.AwaitingConfirmation => job.Preview!.Warnings,
            _ => job.Problems,
        };
        return new ProblemsCsvResult(problems, $"import-problems-{job.Id:N}.csv");
    }

    /// <summary>Imports what the preview showed. Only the analyst who uploaded the file confirms it: the rows will name them.</summary>
    public IActionResult OnPostConfirm(string id) => Decide(id, imports.Confirm);

    /// <summary>Drops the upload without importing anything.</summary>
    public IActionResult OnPostCancel(string id) => Decide(id, imports.Cancel);

    /// <summary>The uploader's decision on the preview (anyone else is refused), then back to the job's page, which says how it went.</summary>
    private IActionResult Decide(string id, Func<ImportJob, bool> decision)
    {
        if (Find(id) is not { } job)
        {
            return NotFound();
        }

        if (!IsUploader(job))
        {
            return Forbid();
        }

        _ = decision(job);
        return Redirect("/returns/imports/" + job.Id.ToString("N"));
    }

    /// <summary>True when the signed-in person uploaded the job's file.</summary>
    public bool IsUploader(ImportJob job) =>
        string.Equals(RequestAuditContext.From(HttpContext).UserId, job.UploadedBy.UserId, StringComparison.Ordinal);

    private ImportJob? Find(string id) => Guid.TryParseExact(id, "N", out Guid guid) ? imports.Find(guid) : null;

    /// <summary>Streams the problems to the response a row at a time: no copy of the file is built in memory.</summary>
    private sealed class ProblemsCsvResult(IReadOnlyList<ReturnProblem> problems, string fileName) : IActionResult
    {
        public async Task ExecuteResultAsync(ActionContext context)
        {
            HttpResponse response = context.HttpContext.Response;
            CancellationToken cancellationToken = context.HttpContext.RequestAborted;
            response.ContentType = "text/csv";
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName, FileNameStar = fileName }.ToString();
            await using var writer = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16384, leaveOpen: true);
            await writer.WriteAsync("severity,file,line,path,child,field,value,expected\r\n".AsMemory(), cancellationToken);
            foreach (ReturnProblem p in problems)
            {
                string line = string.Join(',', new[]
                {
                    p.Severity.ToString(), p.File, p.Line?.ToString(CultureInfo.InvariantCulture) ?? "", p.Path ?? "", p.ChildId ?? "", p.Field, p.Value, p.Expected,
                }.Select(Cell));
                await writer.WriteAsync(line.AsMemory(), cancellationToken);
                await writer.WriteAsync("\r\n".AsMemory(), cancellationToken);
            }

            await writer.FlushAsync(cancellationToken);
        }
    }

    /// <summary>A CSV cell, quoted when it must be and escaped when a spreadsheet would run it as a formula.</summary>
    private static string Cell(string value)
    {
        value = SpreadsheetFormulas.Escape(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
