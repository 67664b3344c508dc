using System.Security.Claims;
using OpenCsc.Audit;
using OpenCsc.Data;

namespace OpenCsc.Web.Security;

/// <summary>
/// Who the audit trail says acted in a request: the signed-in user (the NameIdentifier claim as id, the identity's
/// name for display), or "anonymous" before sign-in; from the connection's remote address. Behind a reverse proxy,
/// add ForwardedHeaders before this so the address is the client's, not the proxy's.
/// </summary>
public static class RequestAuditContext
{
    public const string Anonymous = "anonymous";

    public static AuditContext From(HttpContext http)
    {
        string address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        ClaimsPrincipal user = http.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return new AuditContext(Anonymous, Anonymous, address);
        }

        string? id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        string? name = user.Identity.Name;
        return new AuditContext(id ?? name ?? Anonymous, name ?? id ?? Anonymous, address);
    }

    /// <summary>Sets the request's <see cref="AppDbContext.AuditContext"/>; place it after authentication.</summary>
    public static IApplicationBuilder UseRequestAuditContext(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            http.RequestServices.GetRequiredService<AppDbContext>().AuditContext = From(http);
            await next(http);
        });
}
