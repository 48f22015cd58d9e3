using FakeLinkedIn.Html.Pages;
using FakeLinkedIn.State;

namespace FakeLinkedIn.Html.MarkupB;

/// <summary>The birthday page in the second markup: list entries with the photo link first, the name only in the photo's alt and the wish's label, the sentence in a <c>div</c>.</summary>
internal static class BirthdayB
{
    public static string Page(PageContext ctx)
    {
        var items = ListSources.Items(ctx, "birthday");
        var tag = ListTags.List(ctx);
        var (list, config) = LazyList.Render(ctx, "birthday", items,
            $"""<{tag} class="{ctx.C("lazy-list")} {ctx.C("card-list")}" aria-label="{ctx.T("Birthdays", "Anniversaires")}">""", $"</{tag}>");
        var main = $"""
            <section class="{ctx.C("catch-up")}">
              <h1 class="{ctx.C("heading")}">{ctx.T("Birthdays", "Anniversaires")}</h1>
              {ListTags.Empty(ctx, items.Count == 0, "No birthdays to celebrate right now", "Aucun anniversaire à célébrer pour le moment")}
              {list}
            </section>
            """;
        return Layout.Page(ctx, ctx.T("Catch up | LinkedIn", "Actualités du réseau | LinkedIn"), main, new { lazy = config }, Popups.GrowingNetwork(ctx));
    }

    public static string Card(PageContext ctx, BirthdayEntry e, int index)
    {
        var p = e.Person;
        var href = index % 3 == 1 ? $"{ctx.Origin}{p.ProfilePath}" : $"{p.ProfilePath}?miniProfileUrn={H.Q(p.Urn)}";
        var alt = index % 2 == 0 ? p.Name : ctx.T("Photo of ", "Photo de ") + p.Name;
        var tag = ListTags.Item(ctx);
        return $"""
            <{tag} class="{ctx.C("card")}">
              <a href="{H.E(href)}" class="{ctx.C("card-link")}"><img class="{ctx.C("card-photo")}" src="{PageContext.Avatar(p.Id)}" width="64" height="64" alt="{H.E(alt)}"></a>
              <div class="{ctx.C("card-body")}">
                <div class="{ctx.C("sentence")}">{H.E(BirthdayCard.Sentence(ctx, e, index, Lang.Apos(index)))}</div>
              </div>
              <div class="{ctx.C("card-actions")}">{Action(ctx, e)}</div>
            </{tag}>
            """;
    }

    private static string Action(PageContext ctx, BirthdayEntry e)
    {
        var p = e.Person;
        var label = ctx.T("Send a message to ", "Envoyer un message à ") + p.Name;
        if (ctx.World.DegreeOf(p) != 1)
        {
            return ConnectB.Render(ctx, p);
        }

        if (ctx.Faults.WishButton)
        {
            return ListTags.IconButton(ctx.C("wish-button"), label);
        }

        var (visible, body) = BirthdayCard.Wish(ctx, e);
        var query = $"profileUrn={H.Q(p.Urn)}&recipient={p.Id}" + (body.Length > 0 ? $"&body={H.Q(body)}" : "") + "&trk=birthday-catch-up";
        return $"""<a href="/messaging/compose/?{H.E(query)}" class="{ctx.C("wish-link")}" aria-label="{H.E(label)}">{H.E(visible)}</a>""";
    }
}
