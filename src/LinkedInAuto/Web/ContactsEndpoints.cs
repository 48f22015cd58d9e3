using System.Globalization;
using System.Text;
using LinkedInAuto.Control;
using LinkedInAuto.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LinkedInAuto.Web;

/// <summary>`/contacts?q=NAME`: who was wished, accepted, ignored, withdrawn or visited, when, with which text.</summary>
internal static class ContactsEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/contacts", async (HttpContext context, IAntiforgery antiforgery, DaemonGateway daemon, WebStartup startup) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            var search = context.Request.Query["q"].ToString().Trim();
            search = search.Length > 100 ? search[..100] : search;
            var (response, unavailable) = await daemon.SendAsync(new ControlRequest("contacts", Search: search.Length == 0 ? null : search), context.RequestAborted);
            if (response is not { Ok: true, Contacts: { } actions })
            {
                return PageLayout.Unavailable("Contacts", unavailable, response, tokens);
            }

            return PageLayout.Result(PageLayout.Render("Contacts", Render(search, actions, startup.Config.TimeZone.Zone), tokens));
        });

    private static string Render(string search, IReadOnlyList<ContactActivity> actions, TimeZoneInfo zone)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""<form method="get" action="/contacts" class="row" role="search"><label>Name <input type="search" name="q" value="{Html.E(search)}" maxlength="100"></label><button type="submit" class="secondary">Search</button></form>""");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\" id=\"contact-count\">{actions.Count} action{(actions.Count == 1 ? string.Empty : "s")}{(actions.Count == HistoryQueries.MaxContactActions ? " (the latest)" : string.Empty)}</p>");
        if (actions.Count == 0)
        {
            return html.ToString();
        }

        html.Append("<table id=\"contacts\"><thead><tr><th>who</th><th>what</th><th>when</th></tr></thead><tbody>");
        foreach (var action in actions)
        {
            var at = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(action.AtUtc, DateTimeKind.Utc), zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            var link = Uri.TryCreate(action.ProfileUrl, UriKind.Absolute, out var url) && url.Scheme is "https" or "http"
                ? $"<a href=\"{Html.E(url.AbsoluteUri)}\" rel=\"noreferrer noopener\" target=\"_blank\">{Html.E(action.Name)}</a>"
                : Html.E(action.Name);
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{link}</td><td>{Html.E(action.What)} <span class=\"muted\">({Html.E(action.State)})</span>{(action.Text is null ? string.Empty : "<br><span class=\"muted\">" + Html.E(action.Text) + "</span>")}</td><td>{Html.E(at)}</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }
}
