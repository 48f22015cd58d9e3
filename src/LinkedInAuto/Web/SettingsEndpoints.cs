using LinkedInAuto.Configuration;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LinkedInAuto.Web;

/// <summary>`/settings`: the configuration as `linkedin-auto config show` prints it (secrets masked), read-only.</summary>
internal static class SettingsEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/settings", (HttpContext context, IAntiforgery antiforgery, WebStartup startup) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            var path = startup.ConfigPath;
            var edit = $"<p>To change it, on the Pi: <code>sudoedit {Html.E(path)}</code>, then <code>sudo linkedin-auto config check</code> and <code>sudo systemctl reload linkedin-auto</code>.</p>";
            try
            {
                var rendered = ConfigPrinter.Render(ConfigLoader.Load(path));
                return PageLayout.Result(PageLayout.Render("Settings", $"<p class=\"muted\">The configuration in {Html.E(path)}, with defaults filled in and secrets masked (as <code>linkedin-auto config show</code>); the daemon uses it once reloaded.</p>{edit}<pre id=\"config\">{Html.E(rendered)}</pre>", tokens));
            }
            catch (ConfigException ex)
            {
                var errors = string.Concat(ex.Errors.Select(e => $"<li>{Html.E(e.ToString())}</li>"));
                return PageLayout.Result(PageLayout.Render("Settings", $"{Html.Notice("error", $"{path} has errors; the daemon keeps the configuration it loaded before.")}<ul>{errors}</ul>{edit}", tokens));
            }
        });
}
