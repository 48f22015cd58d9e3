using System.Globalization;

namespace FakeLinkedIn.State;

/// <summary>Builds the initial <see cref="World"/> of a scenario, resolving relative dates against its today.</summary>
internal static class WorldBuilder
{
    private static readonly string[] s_firstNames =
        ["Julien", "Sophie", "Karim", "Laura", "Mehdi", "Claire", "Antoine", "Inès", "Lucas", "Chloé", "Hugo", "Sarah", "Nicolas", "Léa", "Omar"];

    private static readonly string[] s_lastNames =
        ["Bernard", "Petit", "Moreau", "Laurent", "Simon", "Michel", "Garcia", "Roux", "Fournier", "Girard", "Bonnet", "Dupuis", "Lambert", "Fontaine"];

    public static World Build(Scenario scenario)
    {
        var today = DateOnly.ParseExact(scenario.Today, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var people = scenario.People.Select(p => Resolve(p, today)).Concat(Generate(scenario)).ToList();
        var world = new World(scenario.Me, people);
        foreach (var (spec, person) in scenario.People.Zip(people))
        {
            if (spec.Thread is { } thread)
            {
                var c = new Conversation(thread.Id ?? Ids.ThreadId(person.Slug), person);
                c.Messages.AddRange(thread.Messages.Select((m, i) => new ChatMessage(Ids.EventUrn(c.Id, i + 1), m.From == "me", m.Text, today.AddDays(-(m.DaysAgo ?? ScenarioMessage.DefaultDaysAgo)))));
                world.Conversations[c.Id] = c;
            }
        }

        for (var i = 0; i < scenario.ReceivedInvitations.Count; i++)
        {
            var spec = scenario.ReceivedInvitations[i];
            var from = spec.Kind == "person" ? world.FindPerson(spec.From) : null;
            world.Received.Add(new ReceivedInvitation
            {
                Id = spec.Id ?? Ids.InvitationId(i, spec.From ?? spec.Title ?? ""),
                Kind = spec.Kind,
                From = from,
                Title = from?.Name ?? spec.Title ?? "",
                Subtitle = from?.Headline ?? spec.Subtitle ?? "",
                MutualCount = spec.MutualCount,
                MutualName = spec.MutualName,
                Note = spec.Note,
            });
        }

        world.Sent.AddRange(scenario.SentInvitations.Select(s => new SentInvitation
        {
            To = world.FindPerson(s.To)!,
            SentOn = today.AddDays(-s.SentDaysAgo),
        }));
        return world;
    }

    private static Person Resolve(ScenarioPerson p, DateOnly today)
    {
        (int, int)? birthday = null;
        if (p.Birthday is not null && BirthdayMath.TryParseMonthDay(p.Birthday, out var m, out var d))
        {
            birthday = (m, d);
        }
        else if ((p.BirthdayDaysAgo ?? -p.BirthdayInDays) is { } ago)
        {
            var date = today.AddDays(-ago);
            birthday = (date.Month, date.Day);
        }

        var first = p.FirstName ?? p.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return new Person(p.Slug, p.Id ?? Ids.MemberId(p.Slug), p.Name, first, p.Headline, p.Location, p.Company, p.Degree,
            birthday, p.ConnectButton, p.OpenToWork, p.About, p.Experience, p.Tags, p.Geo, p.SearchAnonymous);
    }

    private static IEnumerable<Person> Generate(Scenario scenario)
    {
        foreach (var g in scenario.GeneratedPeople)
        {
            for (var i = 1; i <= g.Count; i++)
            {
                var first = s_firstNames[(i + g.SlugPrefix.Length) % s_firstNames.Length];
                var last = s_lastNames[(i * 5 + g.SlugPrefix.Length) % s_lastNames.Length];
                var slug = string.Create(CultureInfo.InvariantCulture, $"{g.SlugPrefix}-{i}");
                yield return new Person(slug, Ids.MemberId(slug), $"{first} {last}", first, g.Headline, g.Location, g.Company,
                    g.Degree, null, "connect", false, null, [], g.Tags, g.Geo, g.AnonymousEvery > 0 && i % g.AnonymousEvery == 0);
            }
        }
    }
}
