using FakeLinkedIn.State;

namespace FakeLinkedIn.Html.Pages;

/// <summary>One card of the birthday catch-up page (§3.3): link, name line, celebration sentence, wish or connect action.</summary>
internal static class BirthdayCard
{
    public static string Render(PageContext ctx, BirthdayEntry e, int index)
    {
        var p = e.Person;
        var ap = Lang.Apos(index);
        var href = index % 3 == 1
            ? $"{ctx.Origin}{p.ProfilePath}"
            : $"{p.ProfilePath}?miniProfileUrn={H.Q(p.Urn)}";
        var alt = index % 2 == 0 ? p.Name : ctx.T("Photo of ", "Photo de ") + p.Name;
        var root = ctx.Variant ? "celebrations-entity-list-item " : "";
        return $"""
            <div role="listitem" class="{root}{ctx.C("card")}">
              <a href="{H.E(href)}" class="{ctx.C("card-link")}"><img class="{ctx.C("card-photo")}" src="{PageContext.Avatar(p.Id)}" width="56" height="56" alt="{H.E(alt)}"><span aria-hidden="true">{H.E(p.Name)}</span></a>
              <div class="{ctx.C("card-body")}">
                <p class="{ctx.C("text")} {ctx.C("name")}">{H.E(p.Name)}</p>
                <p class="{ctx.C("text")} {ctx.C("sentence")}">{H.E(Sentence(ctx, e, index, ap))}</p>
              </div>
              <div class="{ctx.C("card-actions")}">{Action(ctx, e)}</div>
            </div>
            """;
    }

    /// <summary>The celebration sentence with LinkedIn's own first name, apostrophes and (no-break) spaces.</summary>
    public static string Sentence(PageContext ctx, BirthdayEntry e, int index, string ap)
    {
        var first = e.Person.FirstName;
        var space = index % 2 == 0 ? " " : Lang.Nbsp;
        var n = e.Days.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (e.Upcoming, e.Days) switch
        {
            (true, _) => ctx.T($"Celebrate {first}{ap}s birthday in {n}{space}days", $"Célébrez l{ap}anniversaire {Lang.De(first, ap)} dans {n}{space}jours"),
            (false, 0) => ctx.T($"Celebrate {first}{ap}s birthday today", $"Célébrez l{ap}anniversaire {Lang.De(first, ap)} aujourd{ap}hui"),
            _ => ctx.T($"Celebrate {first}{ap}s recent birthday on {ctx.L.Date(e.Month, e.Day, space)}",
                $"Célébrez l{ap}anniversaire récent {Lang.De(first, ap)} {ctx.L.Date(e.Month, e.Day, space)}"),
        };
    }

    /// <summary>Visible wish text and the <c>body=</c> text (LinkedIn's href uses a plain space before "!").</summary>
    public static (string Visible, string Body) Wish(PageContext ctx, BirthdayEntry e)
    {
        if (e.Upcoming)
        {
            return ("Message", "");
        }

        var visible = e.Days == 0
            ? ctx.T("Happy birthday!", "Je vous souhaite un très joyeux anniversaire.")
            : ctx.T("Happy belated birthday!", $"Joyeux anniversaire avec un peu de retard{ctx.L.Bang}");
        return (visible, visible.Replace(Lang.NarrowNbsp, " ", StringComparison.Ordinal));
    }

    private static string Action(PageContext ctx, BirthdayEntry e)
    {
        var p = e.Person;
        if (ctx.World.DegreeOf(p) != 1)
        {
            return ConnectButtons.Render(ctx, p);
        }

        if (ctx.Faults.WishButton)
        {
            return $"""<button type="button" class="artdeco-button artdeco-button--secondary {ctx.C("wish-button")}">Message</button>""";
        }

        var (visible, body) = Wish(ctx, e);
        var query = $"profileUrn={H.Q(p.Urn)}&recipient={p.Id}" + (body.Length > 0 ? $"&body={H.Q(body)}" : "") + "&trk=birthday-catch-up";
        return $"""
            <a href="/messaging/compose/?{H.E(query)}" class="{ctx.C("wish-link")}" aria-label="{H.E(ctx.T("Send message to ", "Envoyer un message à ") + p.Name)}">{H.E(visible)}</a>
            """;
    }
}
