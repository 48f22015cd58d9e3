using FakeLinkedIn.State;

namespace FakeLinkedIn.Html.Pages;

/// <summary><c>/in/&lt;slug&gt;/</c> (§3.8): top card in a wrapper section, About, lazily added sections, side rail.</summary>
internal static class ProfilePage
{
    public static string Render(PageContext ctx, Person p)
    {
        if (ctx.MarkupB)
        {
            return MarkupB.ProfileB.Page(ctx, p);
        }

        var main = $"""
            <section class="artdeco-card {ctx.C("profile-wrapper")}">
              {TopCard(ctx, p)}
            </section>
            {About(ctx, p)}
            <div class="{ctx.C("lazy-list")} {ctx.C("profile-sections")}"></div>
            <div class="{ctx.C("lazy-sentinel")}" aria-hidden="true"></div>
            <div class="artdeco-loader {ctx.C("loader")}" hidden></div>
            """;
        var lazy = new LazyList.Config("profile", 0, ProfileSections.Count, ProfileSections.Count, "?slug=" + H.Q(p.Slug));
        return Layout.Page(ctx, $"(3) {p.Name} | LinkedIn", main, new { lazy }, Rail(ctx, p));
    }

    private static string TopCard(PageContext ctx, Person p)
    {
        var heading = ctx.Variant ? "h2" : "h1";
        var degree = ctx.World.DegreeOf(p);
        var actions = degree == 1
            ? $"""<a href="/messaging/compose/?profileUrn={H.Q(p.Urn)}&amp;recipient={p.Id}" class="artdeco-button artdeco-button--primary {ctx.C("top-message")}" aria-label="{H.E(ctx.T("Message ", "Envoyer un message à ") + p.Name)}">Message</a>"""
            : ConnectButtons.Render(ctx, p);
        var openToWork = p.OpenToWork
            ? $"""<div class="{ctx.C("open-to-work")} pv-open-to-work-badge" data-test-open-to-work-badge>{ctx.T("Open to work", "En recherche")}</div>"""
            : "";
        return $"""
            <section class="{ctx.C("top-card")}">
              <div class="{ctx.C("top-card-photo")}"><a href="{p.ProfilePath}overlay/photo/"><img src="{PageContext.Avatar(p.Id)}" width="152" height="152" alt="{H.E(p.Name)}"></a></div>
              {openToWork}
              <div class="{ctx.C("top-card-body")}">
                <{heading} class="text-heading-xlarge inline t-24 {ctx.C("name")}">{H.E(p.Name)}</{heading}>
                <span class="{ctx.C("badge")}">· <span class="dist-value">{ctx.L.Degree(degree)}</span></span>
                <div class="text-body-medium break-words">{H.E(p.Headline)}</div>
                <div class="{ctx.C("top-card-meta")}">
                  <span class="text-body-small inline t-black--light break-words">{H.E(p.Location)}</span>
                  <span class="text-body-small t-black--light">· {ctx.T("500+ connections", "500+ relations")}</span>
                </div>
                <div class="{ctx.C("top-card-actions")}">
                  {actions}
                  <button type="button" class="artdeco-button artdeco-button--secondary" aria-label="{ctx.T("More actions", "Plus d’actions")}">{ctx.T("More", "Plus")}</button>
                </div>
              </div>
            </section>
            """;
    }

    private static string About(PageContext ctx, Person p)
    {
        var about = p.About ?? ctx.T(
            $"{p.Headline}. I love sharing my experience with teams that ship, and I am always keen to learn from others.",
            $"{p.Headline}. J’aime partager mon expérience (experience) avec des équipes qui livrent, et apprendre des autres.");
        return $"""
            <section class="artdeco-card {ctx.C("section")}">
              <div id="about" class="pv-profile-card__anchor"></div>
              <h2 class="{ctx.C("section-title")}"><span aria-hidden="true">{ctx.T("About", "Infos")}</span></h2>
              <div class="inline-show-more-text {ctx.C("about-text")}"><span aria-hidden="true">{H.E(about)}</span><span class="visually-hidden">{H.E(about)}</span></div>
              <button type="button" class="inline-show-more-text__button">{ctx.T("…see more", "…voir plus")}</button>
            </section>
            """;
    }

    /// <summary>"People also viewed": other people's Message/Connect buttons, which a bot must never use.</summary>
    private static string Rail(PageContext ctx, Person p)
    {
        var others = ctx.World.People.Where(o => o != p && !o.SearchAnonymous).Take(4).Select(o => $"""
            <li class="{ctx.C("rail-item")}">
              <a href="{o.ProfilePath}"><span aria-hidden="true">{H.E(o.Name)}</span></a>
              <div class="{ctx.C("text")}">{H.E(o.Headline)}</div>
              {(ctx.World.DegreeOf(o) == 1
                  ? $"""<a href="/messaging/compose/?profileUrn={H.Q(o.Urn)}&amp;recipient={o.Id}" class="artdeco-button artdeco-button--secondary" aria-label="{H.E(ctx.T("Message ", "Envoyer un message à ") + o.Name)}">Message</a>"""
                  : ConnectButtons.Render(ctx, o))}
            </li>
            """);
        return $"""
            <aside class="scaffold-layout__aside {ctx.C("rail")}" aria-label="{ctx.T("People also viewed", "Autres profils consultés")}">
              <section class="artdeco-card"><h2>{ctx.T("People also viewed", "Autres profils consultés")}</h2><ul>{string.Concat(others)}</ul></section>
            </aside>
            """;
    }
}
