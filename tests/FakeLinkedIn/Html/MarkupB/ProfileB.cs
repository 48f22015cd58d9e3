using FakeLinkedIn.Html.Pages;
using FakeLinkedIn.State;

namespace FakeLinkedIn.Html.MarkupB;

/// <summary>A profile in the second markup: no LinkedIn utility classes, the badge and the lines under the name as plain elements, sections without anchors.</summary>
internal static class ProfileB
{
    public static string Page(PageContext ctx, Person p)
    {
        var degree = ctx.World.DegreeOf(p);
        var actions = degree == 1
            ? $"""<a href="/messaging/compose/?profileUrn={H.Q(p.Urn)}&amp;recipient={p.Id}" class="{ctx.C("top-message")}" aria-label="{H.E(ctx.T("Send a message to ", "Envoyer un message à ") + p.Name)}">Message</a>"""
            : ConnectB.Render(ctx, p);
        var about = p.About ?? ctx.T(
            $"{p.Headline}. I love sharing my experience with teams that ship, and I am always keen to learn from others.",
            $"{p.Headline}. J’aime partager mon expérience (experience) avec des équipes qui livrent, et apprendre des autres.");
        var main = $"""
            <section class="{ctx.C("profile-wrapper")}">
              <div class="{ctx.C("top-card-photo")}"><img src="{PageContext.Avatar(p.Id)}" width="152" height="152" alt="{H.E(p.Name)}"></div>
              <div class="{ctx.C("top-card-body")}">
                <h1 class="{ctx.C("name")}">{H.E(p.Name)}</h1>
                <span class="{ctx.C("badge")}">· {ctx.L.Degree(degree)}</span>
                <div class="{ctx.C("top-headline")}">{H.E(p.Headline)}</div>
                <div class="{ctx.C("top-location")}"><span>{H.E(p.Location)}</span></div>
                <div class="{ctx.C("top-connections")}"><span>· {ctx.T("500+ connections", "500+ relations")}</span></div>
                <div class="{ctx.C("top-card-actions")}">{actions}</div>
              </div>
            </section>
            <section class="{ctx.C("section")}">
              <h2 class="{ctx.C("section-title")}">{ctx.T("About", "Infos")}</h2>
              <div class="{ctx.C("about-text")}">{H.E(about)}</div>
            </section>
            <div class="{ctx.C("lazy-list")} {ctx.C("profile-sections")}"></div>
            <div class="{ctx.C("lazy-sentinel")}" aria-hidden="true"></div>
            <div class="{ctx.C("loader")}" hidden></div>
            """;
        var lazy = new LazyList.Config("profile", 0, ProfileSections.Count, ProfileSections.Count, "?slug=" + H.Q(p.Slug));
        return Layout.Page(ctx, $"(3) {p.Name} | LinkedIn", main, new { lazy });
    }

    /// <summary>Experience, Education and Skills: a heading and plain list entries, one line per fact.</summary>
    public static List<string> Sections(PageContext ctx, Person p)
    {
        var experience = p.Experience.Count > 0 ? p.Experience : ProfileSections.Defaults(ctx, p);
        var items = experience.Select(e => $"""
            <li class="{ctx.C("exp-item")}">
              <div class="{ctx.C("exp-title")}"><span>{H.E(e.Title)}</span></div>
              <div class="{ctx.C("exp-company")}"><span>{H.E(e.Company)}{(e.Employment.Length > 0 ? " · " + H.E(e.Employment) : "")}</span></div>
              <div class="{ctx.C("exp-dates")}"><span>{H.E(e.Dates)}</span></div>
              <ul class="{ctx.C("exp-skills")}"><li>{H.E(ctx.T("Skills: ", "Compétences : ") + string.Join(" · ", p.Tags))}</li></ul>
            </li>
            """);
        return
        [
            Section(ctx, ctx.T("Experience", "Expérience"), string.Concat(items)),
            Section(ctx, ctx.T("Education", "Formation"), $"""<li><div><span>{ctx.T("University of Lyon", "Université de Lyon")}</span></div><div><span>2008 - 2012</span></div></li>"""),
            Section(ctx, ctx.T("Skills", "Compétences"), $"""<li><span>{H.E(p.Tags.Count > 0 ? p.Tags[0] : "Leadership")}</span></li>"""),
        ];
    }

    private static string Section(PageContext ctx, string title, string items) => $"""
        <section class="{ctx.C("section")}">
          <h2 class="{ctx.C("section-title")}">{H.E(title)}</h2>
          <ul class="{ctx.C("section-list")}">{items}</ul>
        </section>
        """;
}
