using Microsoft.AspNetCore.Http;

namespace LinkedInAuto.Web;

/// <summary>Adds the security headers to every response, error pages and the login page included.</summary>
internal static class SecurityHeaders
{
    /// <summary>No script at all, nothing from elsewhere, never framed.</summary>
    public const string ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    /// <summary>Registers the headers on <paramref name="context"/>'s response before it starts.</summary>
    public static Task AddAsync(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XContentTypeOptions = "nosniff";
            if (!headers.ContainsKey("Cache-Control"))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
