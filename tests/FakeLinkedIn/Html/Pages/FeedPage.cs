namespace FakeLinkedIn.Html.Pages;

/// <summary><c>/feed/</c>: identity module and a few posts.</summary>
internal static class FeedPage
{
    public static string Render(PageContext ctx)
    {
        var me = ctx.World.Me;
        var posts = ctx.World.People.Where(p => p.Degree == 1).Take(3).Select((p, i) => $"""
            <div class="feed-shared-update-v2 artdeco-card {ctx.C("post")}" role="article" data-urn="urn:li:activity:7{i}00000000000000000">
              <a href="{p.ProfilePath}" class="{ctx.C("post-actor")}"><span aria-hidden="true">{H.E(p.Name)}</span></a>
              <div class="{ctx.C("text")}">{H.E(p.Headline)}</div>
              <p class="{ctx.C("post-text")}">{ctx.T("Excited to share a new milestone with the team.", "Ravi de partager une nouvelle étape avec l’équipe.")}</p>
            </div>
            """);
        var main = $"""
            <div class="feed-identity-module artdeco-card {ctx.C("identity")}">
              <img src="{PageContext.Avatar("me")}" alt="{H.E(me.Name)}" width="72" height="72">
              <a href="/in/{Uri.EscapeDataString(me.Slug)}/" class="{ctx.C("identity-name")}">{H.E(me.Name)}</a>
              <p class="{ctx.C("text")}">{H.E(me.Headline)}</p>
            </div>
            <h2 class="visually-hidden">{ctx.T("Feed post", "Post du fil d’actualité")}</h2>
            {string.Concat(posts)}
            """;
        return Layout.Page(ctx, ctx.T("Feed | LinkedIn", "Fil d’actualité | LinkedIn"), main);
    }
}
