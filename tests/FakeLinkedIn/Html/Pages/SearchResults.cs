using FakeLinkedIn.State;

namespace FakeLinkedIn.Html.Pages;

/// <summary>The result containers of one people-search page (§3.7).</summary>
internal static class SearchResults
{
    /// <summary>Containers of the requested page (10 per page; empty after the last page).</summary>
    public static List<string> PageItems(PageContext ctx)
    {
        var all = PeopleSearch.Run(ctx.World, ctx.Http.Request.Query);
        var page = PeopleSearch.PageNumber(ctx.Http.Request.Query);
        return [.. all.Skip((page - 1) * PeopleSearch.PageSize).Take(PeopleSearch.PageSize).Select((p, i) => ctx.MarkupB ? MarkupB.SearchB.Result(ctx, p, i) : Render(ctx, p, i))];
    }

    private static string Render(PageContext ctx, Person p, int index)
    {
        if (p.SearchAnonymous)
        {
            return Container(ctx, $"""
                <span class="{ctx.C("result-title")}"><span aria-hidden="true">{ctx.T("LinkedIn Member", "Membre de LinkedIn")}</span></span>
                <div class="{ctx.C("result-line")}">{H.E(p.Headline)}</div>
                """, "");
        }

        // LinkedIn mixes absolute links with tracking queries and relative ones.
        var href = index % 2 == 0
            ? $"{ctx.Origin}{p.ProfilePath}?miniProfileUrn={H.Q(p.Urn)}"
            : $"{p.ProfilePath}";
        var degree = ctx.World.DegreeOf(p);
        var action = degree == 1
            ? $"""<a href="/messaging/compose/?profileUrn={H.Q(p.Urn)}&amp;recipient={p.Id}" class="artdeco-button artdeco-button--secondary" aria-label="{H.E(ctx.T("Send message to ", "Envoyer un message à ") + p.Name)}">Message</a>"""
            : ConnectButtons.Render(ctx, p);
        return Container(ctx, $"""
            <a data-view-name="search-result-lockup-title" class="app-aware-link {ctx.C("result-link")}" href="{H.E(href)}"><span dir="ltr"><span aria-hidden="true">{H.E(p.Name)}</span><span class="visually-hidden">{H.E(ctx.T($"View {p.Name}’s profile", $"Voir le profil de {p.Name}"))}</span></span></a>
            <span class="{ctx.C("result-degree")}"><span aria-hidden="true">• {ctx.L.Degree(degree)}</span></span>
            <div class="{ctx.C("result-line")}">{H.E(p.Headline)}</div>
            <div class="{ctx.C("result-line")}">{H.E(p.Location)}</div>
            """, action);
    }

    private static string Container(PageContext ctx, string lockup, string action) => $"""
        <li class="{ctx.C("result-item")}">
          <div data-view-name="people-search-result" class="{ctx.C("result")}">
            <div class="{ctx.C("result-lockup")}">{lockup}</div>
            <div class="{ctx.C("result-actions")}">{action}</div>
          </div>
        </li>
        """;
}
