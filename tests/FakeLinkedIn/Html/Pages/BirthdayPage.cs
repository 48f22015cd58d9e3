using System.Globalization;

namespace FakeLinkedIn.Html.Pages;

/// <summary><c>/mynetwork/catch-up/birthday/</c>: birthday cards, appended on scroll.</summary>
internal static class BirthdayPage
{
    public static string Render(PageContext ctx)
    {
        if (ctx.MarkupB)
        {
            return MarkupB.BirthdayB.Page(ctx);
        }

        var items = ListSources.Items(ctx, "birthday");
        var (list, config) = LazyList.Render(ctx, "birthday", items,
            $"""<div class="{ctx.C("lazy-list")} {ctx.C("card-list")}" role="list" aria-label="{ctx.T("Birthdays", "Anniversaires")}">""", "</div>");
        var count = items.Count.ToString(CultureInfo.InvariantCulture);
        var main = $"""
            <section class="{ctx.C("catch-up")}">
              <h1 class="{ctx.C("heading")}">{ctx.T("Birthdays", "Anniversaires")}</h1>
              <p class="{ctx.C("text")}">{ctx.T($"{count} people to celebrate", $"{count} personnes à célébrer")}</p>
              {(items.Count == 0 ? $"""<p class="{ctx.C("empty")}">{ctx.T("No birthdays to celebrate right now", "Aucun anniversaire à célébrer pour le moment")}</p>""" : "")}
              {list}
            </section>
            """;
        return Layout.Page(ctx, ctx.T("Catch up | LinkedIn", "Actualités du réseau | LinkedIn"), main, new { lazy = config }, Popups.GrowingNetwork(ctx));
    }
}
