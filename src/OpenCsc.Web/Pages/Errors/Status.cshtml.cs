using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenCsc.Web.Pages.Errors;

/// <summary>
/// The page shown for a 404 or another error status, re-executed by the status-code and exception middleware. When
/// the error was the database failing (unreachable, restarted, full), it says so plainly: the change was not saved
/// (every save is one transaction, so nothing of it was), try again. The log gets the kind of fault, never the form's
/// values or the child's details.
/// </summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed partial class StatusModel(ILogger<StatusModel> logger) : PageModel
{
    public int Code { get; private set; }

    /// <summary>The database failed the request (rather than a bug in OpenCSC).</summary>
    public bool IsDatabaseFault { get; private set; }

    /// <summary>The request that failed was a form being sent (a save), not a page being read.</summary>
    public bool WasSaving { get; private set; }

    public void OnGet(int code)
    {
        // Reached directly rather than re-executed: answer with the status the page describes.
        Code = code is >= 400 and <= 599 ? code : 404;
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null && HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
        {
            Response.StatusCode = Code;
        }

        if (HttpContext.Features.Get<IExceptionHandlerFeature>() is { } failed && DatabaseFaults.Find(failed.Error) is { } fault)
        {
            IsDatabaseFault = true;
            WasSaving = HttpMethods.IsPost(Request.Method);
            Code = StatusCodes.Status503ServiceUnavailable;
            Response.StatusCode = Code;
            LogDatabaseFault(Request.Method, failed.Path, fault.GetType().Name, DatabaseFaults.Code(fault));
            DatabaseFaults.ForgetBrokenConnections();
        }
    }

    /// <summary>The exception middleware re-executes a failed form post as a POST.</summary>
    public void OnPost(int code) => OnGet(code);

    [LoggerMessage(Level = LogLevel.Error, Message = "The database failed a {Method} of {Path}: {Fault} ({Code}). Nothing of the request was saved.")]
    private partial void LogDatabaseFault(string method, string path, string fault, string code);
}
