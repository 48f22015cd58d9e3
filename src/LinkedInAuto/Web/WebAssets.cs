using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LinkedInAuto.Web;

/// <summary>The stylesheet and the icon, served from the executable's embedded resources to anyone (the login page needs them).</summary>
internal static class WebAssets
{
    private static readonly (string Path, string Resource, string ContentType)[] s_assets =
    [
        ("/site.css", "LinkedInAuto.Web.Assets.site.css", "text/css; charset=utf-8"),
        ("/favicon.svg", "LinkedInAuto.Web.Assets.favicon.svg", "image/svg+xml"),
    ];

    /// <summary>Maps one endpoint per asset.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var (path, resource, contentType) in s_assets)
        {
            app.MapGet(path, (HttpContext context) =>
            {
                // They change only with the executable: a day of caching spares the Pi a request per page.
                context.Response.Headers.CacheControl = "private, max-age=86400";
                return Results.Stream(typeof(WebAssets).Assembly.GetManifestResourceStream(resource)!, contentType);
            }).AllowAnonymous();
        }
    }
}
