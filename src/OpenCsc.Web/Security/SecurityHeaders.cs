namespace OpenCsc.Web.Security;

/// <summary>
/// Response headers for every response, static files included. The Content-Security-Policy forbids inline scripts
/// and styles: pages load GOV.UK Frontend and site.js as files. Outside development, a response over HTTPS also tells
/// the browser to use HTTPS only for a year (HSTS); over plain HTTP the header means nothing, so it is not sent.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; frame-ancestors 'none'";

    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, bool development) =>
        app.Use((context, next) =>
        {
            IHeaderDictionary headers = context.Response.Headers;
            if (!development && context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = StrictTransportSecurity;
            }

            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            return next(context);
        });
}
