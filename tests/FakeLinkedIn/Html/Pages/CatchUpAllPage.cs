using FakeLinkedIn.State;

namespace FakeLinkedIn.Html.Pages;

/// <summary><c>/mynetwork/catch-up/all/</c>: mixed nurture cards (birthdays, job changes).</summary>
internal static class CatchUpAllPage
{
    public static string Render(PageContext ctx)
    {
        var birthdays = Birthdays.Compute(ctx.World, ctx.Today, ctx.State.Scenario.BirthdayPastDays, 0)
            .Where(e => !e.Upcoming && ctx.World.DegreeOf(e.Person) == 1)
            .Select((e, i) => Card(ctx, e.Person, BirthdayCard.Sentence(ctx, e, i, Lang.Apos(i)), BirthdayCard.Wish(ctx, e)));
        var jobChanges = ctx.World.People.Where(p => p.Degree == 1 && p.Birthday is null && p.Company.Length > 0).Take(2)
            .Select(p => Card(ctx, p,
                ctx.T($"Congratulate {p.FirstName} on starting a new position at {p.Company}", $"Félicitez {p.FirstName} pour son nouveau poste chez {p.Company}"),
                (ctx.T("Congratulate", "Féliciter"), ctx.T("Congrats on the new role!", "Félicitations pour ce nouveau poste !"))));
        var main = $"""
            <section class="{ctx.C("catch-up")}">
              <h1 class="{ctx.C("heading")}">{ctx.T("Catch up", "Actualités du réseau")}</h1>
              <div class="{ctx.C("card-list")}">{string.Concat(birthdays.Concat(jobChanges))}</div>
            </section>
            """;
        return Layout.Page(ctx, ctx.T("Catch up | LinkedIn", "Actualités du réseau | LinkedIn"), main);
    }

    private static string Card(PageContext ctx, Person p, string sentence, (string Visible, string Body) action)
    {
        var query = $"profileUrn={H.Q(p.Urn)}&recipient={p.Id}&body={H.Q(action.Body)}";
        return $"""
            <div data-view-name="nurture-card" class="{ctx.C("nurture")}">
              <a href="{p.ProfilePath}"><img src="{PageContext.Avatar(p.Id)}" alt="{H.E(p.Name)}" width="48" height="48"><span aria-hidden="true">{H.E(p.Name)}</span></a>
              <p class="{ctx.C("text")}">{H.E(sentence)}</p>
              <a data-view-name="nurture-card-primary-button" href="/messaging/compose/?{H.E(query)}"
                 aria-label="{H.E(ctx.T("Send message to ", "Envoyer un message à ") + p.Name)}">{H.E(action.Visible)}</a>
            </div>
            """;
    }
}
