using FakeLinkedIn.State;

namespace FakeLinkedIn.Html.Pages;

/// <summary>Experience, Education and Skills sections, added to the profile as the member scrolls.</summary>
internal static class ProfileSections
{
    public const int Count = 3;

    public static List<string> Items(PageContext ctx, Person p) =>
    [
        Experience(ctx, p, withAnchor: true),
        Simple(ctx, "education", ctx.T("Education", "Formation"), ctx.T("University of Lyon", "Université de Lyon"), "2008 - 2012"),
        Simple(ctx, "skills", ctx.T("Skills", "Compétences"), p.Tags.Count > 0 ? p.Tags[0] : "Leadership", ""),
    ];

    /// <summary>The Experience section; top-level <c>li.pvs-list__paged-list-item</c> with nested <c>pvs-entity</c> blocks.</summary>
    public static string Experience(PageContext ctx, Person p, bool withAnchor)
    {
        var items = p.Experience.Count > 0 ? p.Experience : Defaults(ctx, p);
        var list = string.Concat(items.Select(e => $"""
            <li class="pvs-list__paged-list-item artdeco-list__item">
              <div class="pvs-entity {ctx.C("entity")}">
                <div class="t-bold"><span aria-hidden="true">{H.E(e.Title)}</span><span class="visually-hidden">{H.E(e.Title)}</span></div>
                <span class="t-14 t-normal"><span aria-hidden="true">{H.E(e.Company)}{(e.Employment.Length > 0 ? " · " + H.E(e.Employment) : "")}</span></span>
                <span class="t-14 t-normal t-black--light"><span class="pvs-entity__caption-wrapper" aria-hidden="true">{H.E(e.Dates)}</span></span>
                <div class="pvs-entity pvs-entity--nested {ctx.C("entity-nested")}"><span aria-hidden="true">{H.E(ctx.T("Skills: ", "Compétences : ") + string.Join(" · ", p.Tags))}</span></div>
              </div>
            </li>
            """));
        return $"""
            <section class="artdeco-card {ctx.C("section")}">
              {(withAnchor ? """<div id="experience" class="pv-profile-card__anchor"></div>""" : "")}
              <h2 class="{ctx.C("section-title")}"><span aria-hidden="true">{ctx.T("Experience", "Expérience")}</span></h2>
              <ul class="{ctx.C("pvs-list")}">{list}</ul>
            </section>
            """;
    }

    private static string Simple(PageContext ctx, string anchor, string title, string line, string caption) => $"""
        <section class="artdeco-card {ctx.C("section")}">
          <div id="{anchor}" class="pv-profile-card__anchor"></div>
          <h2 class="{ctx.C("section-title")}"><span aria-hidden="true">{H.E(title)}</span></h2>
          <ul><li class="pvs-list__paged-list-item artdeco-list__item"><div class="pvs-entity {ctx.C("entity")}"><span aria-hidden="true">{H.E(line)}</span><span class="pvs-entity__caption-wrapper">{H.E(caption)}</span></div></li></ul>
        </section>
        """;

    public static List<ScenarioExperience> Defaults(PageContext ctx, Person p) =>
    [
        new() { Title = p.Headline, Company = p.Company.Length > 0 ? p.Company : "Freelance", Employment = ctx.T("Full-time", "CDI"),
            Dates = ctx.T("Jan 2020 - Present · 5 yrs 11 mos", "janv. 2020 - aujourd’hui · 5 ans 11 mois") },
        new() { Title = ctx.T("Intern", "Stagiaire"), Company = "US Navy", Employment = ctx.T("Internship", "Stage"),
            Dates = ctx.T("Sep 2018 - Dec 2019 · 1 yr 4 mos", "sept. 2018 - déc. 2019 · 1 an 4 mois") },
    ];
}
