using System.Globalization;
using FakeLinkedIn.Html.Pages;
using FakeLinkedIn.State;

namespace FakeLinkedIn.Html.MarkupB;

/// <summary>People-search results in the second markup: list entries with the photo link first, the name as the second link's plain text, pagination by label.</summary>
internal static class SearchB
{
    public static string Page(PageContext ctx, string title)
    {
        var total = PeopleSearch.Run(ctx.World, ctx.Http.Request.Query).Count;
        var pages = (total + PeopleSearch.PageSize - 1) / PeopleSearch.PageSize;
        var page = PeopleSearch.PageNumber(ctx.Http.Request.Query);
        var items = ListSources.Items(ctx, "search");
        var tag = ListTags.List(ctx);
        var (list, config) = LazyList.Render(ctx, "search", items, $"""<{tag} class="{ctx.C("lazy-list")} {ctx.C("result-list")}">""", $"</{tag}>");
        var body = items.Count == 0
            ? $"""<div class="{ctx.C("empty")}"><h2>{ctx.T("No results found", "Aucun résultat trouvé")}</h2></div>"""
            : list + Pagination(ctx, page, pages);
        var main = $"""
            <div class="{ctx.C("results")}">
              <h2 class="{ctx.C("text")}">{ctx.T($"About {total.ToString(CultureInfo.InvariantCulture)} results", $"Environ {total.ToString(CultureInfo.InvariantCulture)} résultats")}</h2>
              {body}
            </div>
            """;
        return Layout.Page(ctx, title, main, new { lazy = config });
    }

    public static string Result(PageContext ctx, Person p, int index)
    {
        var tag = ListTags.Item(ctx);
        if (p.SearchAnonymous)
        {
            return $"""<{tag} class="{ctx.C("result-item")}"><span class="{ctx.C("result-title")}">{ctx.T("LinkedIn Member", "Membre de LinkedIn")}</span><div>{H.E(p.Headline)}</div></{tag}>""";
        }

        var href = index % 2 == 0 ? $"{ctx.Origin}{p.ProfilePath}?miniProfileUrn={H.Q(p.Urn)}" : p.ProfilePath;
        var degree = ctx.World.DegreeOf(p);
        var action = degree == 1
            ? $"""<a href="/messaging/compose/?profileUrn={H.Q(p.Urn)}&amp;recipient={p.Id}" aria-label="{H.E(ctx.T("Send a message to ", "Envoyer un message à ") + p.Name)}">Message</a>"""
            : ConnectB.Render(ctx, p);
        return $"""
            <{tag} class="{ctx.C("result-item")}">
              <a href="{H.E(href)}" class="{ctx.C("result-photo")}"><img src="{PageContext.Avatar(p.Id)}" alt="{H.E(p.Name)}" width="48" height="48"></a>
              <div class="{ctx.C("result-lockup")}">
                <a href="{H.E(href)}" class="{ctx.C("result-link")}"><span class="{ctx.C("result-name")}">{H.E(p.Name)}</span></a>
                <span class="{ctx.C("result-degree")}">• {ctx.L.Degree(degree)}</span>
                <div class="{ctx.C("result-line")}">{H.E(p.Headline)}</div>
                <div class="{ctx.C("result-line")}">{H.E(p.Location)}</div>
              </div>
              <div class="{ctx.C("result-actions")}">{action}</div>
            </{tag}>
            """;
    }

    // Previous / Next named by their labels only; Next disabled on the last page. Bots move by `page=`.
    private static string Pagination(PageContext ctx, int page, int pages) => $"""
        <nav class="{ctx.C("pagination")}" aria-label="{ctx.T("Pagination", "Pagination")}">
          {Arrow(ctx.T("Previous", "Précédent"), page <= 1)}
          <span class="{ctx.C("page-of")}">{ctx.T($"Page {page} of {pages}", $"Page {page} sur {pages}")}</span>
          {Arrow(ctx.T("Next", "Suivant"), page >= pages)}
        </nav>
        """;

    private static string Arrow(string label, bool disabled) =>
        $"""<button type="button" aria-label="{label}"{(disabled ? " disabled" : "")}><svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16"><path d="M4 8h8"/></svg></button>""";
}
