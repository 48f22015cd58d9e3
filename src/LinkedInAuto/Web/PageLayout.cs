using System.Text;
using LinkedInAuto.Control;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace LinkedInAuto.Web;

/// <summary>The frame of every page: title, phone viewport, the stylesheet, the menu once logged in. No script.</summary>
internal static class PageLayout
{
    private static readonly (string Path, string Title)[] s_menu = [("/", "Status"), ("/actions", "Actions"), ("/history", "History"), ("/contacts", "Contacts"), ("/stats", "Statistics"), ("/logs", "Logs"), ("/settings", "Settings")];

    /// <summary>Renders a whole page.</summary>
    /// <param name="title">The page's title.</param>
    /// <param name="body">The content of &lt;main&gt; (already HTML).</param>
    /// <param name="tokens">The anti-forgery tokens for the log-out form; null on the login page.</param>
    /// <param name="refreshSeconds">Reload the page this often (the status page while a run progresses).</param>
    public static string Render(string title, string body, AntiforgeryTokenSet? tokens, int? refreshSeconds = null)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        if (refreshSeconds is { } seconds)
        {
            html.Append(System.Globalization.CultureInfo.InvariantCulture, $"<meta http-equiv=\"refresh\" content=\"{seconds}\">");
        }

        html.Append("<title>").Append(Html.E(title)).Append(" · LinkedInAuto</title><link rel=\"stylesheet\" href=\"/site.css\"><link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\"></head><body>");
        html.Append("<header><strong class=\"brand\">LinkedInAuto</strong>");
        if (tokens is not null)
        {
            html.Append("<nav>");
            foreach (var (path, name) in s_menu)
            {
                html.Append(System.Globalization.CultureInfo.InvariantCulture, $"<a href=\"{path}\"{(name == title ? " aria-current=\"page\"" : string.Empty)}>{Html.E(name)}</a>");
            }

            html.Append(Html.Form("/logout", tokens, "<button type=\"submit\" class=\"link\">Log out</button>", "logout"));
            html.Append("</nav>");
        }

        html.Append("</header><main><h1>").Append(Html.E(title)).Append("</h1>").Append(body).Append("</main></body></html>\n");
        return html.ToString();
    }

    /// <summary>The page <paramref name="title"/> saying why the daemon gave no answer (503): it is not running, or it
    /// refused the query.</summary>
    public static IResult Unavailable(string title, string? unavailable, ControlResponse? response, AntiforgeryTokenSet tokens) =>
        Result(Render(title, Html.Notice("error", unavailable ?? response?.Error ?? "no answer"), tokens), StatusCodes.Status503ServiceUnavailable);

    /// <summary>Writes <paramref name="html"/> as the response with <paramref name="statusCode"/>.</summary>
    public static IResult Result(string html, int statusCode = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, statusCode);
}
