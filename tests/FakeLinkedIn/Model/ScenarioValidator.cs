using System.Globalization;

namespace FakeLinkedIn;

/// <summary>Checks a deserialized scenario for values the fake cannot render.</summary>
internal static class ScenarioValidator
{
    private static readonly string[] s_kinds = ["person", "page", "event", "newsletter"];
    private static readonly string[] s_connectButtons = ["connect", "follow", "pending"];

    /// <summary>A problem and the YAML path of the node it concerns.</summary>
    public sealed record Problem(IReadOnlyList<object> Path, string Message);

    public static Problem? FindProblem(Scenario s)
    {
        if (s.Language is not ("fr" or "en"))
        {
            return new(["language"], $"language must be 'fr' or 'en', not '{s.Language}'");
        }

        if (!DateOnly.TryParseExact(s.Today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return new(["today"], $"today must be a date yyyy-MM-dd, not '{s.Today}'");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(s.TimeZone, out _))
        {
            return new(["time_zone"], $"unknown time zone '{s.TimeZone}'");
        }

        return FindPeopleProblem(s) ?? FindInvitationProblem(s) ?? FindFaultProblem(s);
    }

    private static Problem? FindPeopleProblem(Scenario s)
    {
        var slugs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < s.People.Count; i++)
        {
            var p = s.People[i];
            if (string.IsNullOrWhiteSpace(p.Slug) || p.Slug.Contains('/', StringComparison.Ordinal))
            {
                return new(["people", i], "each person needs a slug without '/'");
            }

            if (!slugs.Add(p.Slug))
            {
                return new(["people", i, "slug"], $"duplicate slug '{p.Slug}'");
            }

            if (string.IsNullOrWhiteSpace(p.Name))
            {
                return new(["people", i], $"person '{p.Slug}' needs a name");
            }

            if (p.Degree is < 1 or > 3)
            {
                return new(["people", i, "degree"], $"degree must be 1, 2 or 3, not {p.Degree}");
            }

            var birthdays = (p.Birthday is null ? 0 : 1) + (p.BirthdayDaysAgo is null ? 0 : 1) + (p.BirthdayInDays is null ? 0 : 1);
            if (birthdays > 1)
            {
                return new(["people", i], "use only one of birthday, birthday_days_ago, birthday_in_days");
            }

            if (p.Birthday is not null && !BirthdayMath.TryParseMonthDay(p.Birthday, out _, out _))
            {
                return new(["people", i, "birthday"], $"birthday must be MM-dd, not '{p.Birthday}'");
            }

            if (p.BirthdayDaysAgo < 0 || p.BirthdayInDays < 0)
            {
                return new(["people", i], "birthday_days_ago and birthday_in_days must not be negative");
            }

            if (!s_connectButtons.Contains(p.ConnectButton))
            {
                return new(["people", i, "connect_button"], "connect_button must be connect, follow or pending");
            }

            if (p.Thread?.Messages.FirstOrDefault(m => m.From is not ("me" or "them")) is { } bad)
            {
                return new(["people", i, "thread"], $"message 'from' must be 'me' or 'them', not '{bad.From}'");
            }
        }

        return null;
    }

    private static Problem? FindInvitationProblem(Scenario s)
    {
        var slugs = s.People.Select(p => p.Slug)
            .Concat(s.GeneratedPeople.SelectMany(g => Enumerable.Range(1, Math.Max(g.Count, 0)).Select(i => $"{g.SlugPrefix}-{i}")))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < s.ReceivedInvitations.Count; i++)
        {
            var inv = s.ReceivedInvitations[i];
            if (!s_kinds.Contains(inv.Kind))
            {
                return new(["received_invitations", i, "kind"], $"kind must be one of {string.Join(", ", s_kinds)}");
            }

            if (inv.Kind == "person" && (inv.From is null || !slugs.Contains(inv.From)))
            {
                return new(["received_invitations", i], $"'from' must name a person of the scenario, not '{inv.From}'");
            }

            if (inv.Kind != "person" && string.IsNullOrWhiteSpace(inv.Title))
            {
                return new(["received_invitations", i], $"a {inv.Kind} invitation needs a title");
            }
        }

        for (var i = 0; i < s.SentInvitations.Count; i++)
        {
            var inv = s.SentInvitations[i];
            if (!slugs.Contains(inv.To))
            {
                return new(["sent_invitations", i, "to"], $"'to' must name a person of the scenario, not '{inv.To}'");
            }

            if (inv.SentDaysAgo < 0)
            {
                return new(["sent_invitations", i, "sent_days_ago"], "sent_days_ago must not be negative");
            }
        }

        return null;
    }

    private static Problem? FindFaultProblem(Scenario s)
    {
        try
        {
            new FakeFaults().Merge(FaultJson.FromYaml(s.Faults));
            return null;
        }
        catch (ArgumentException e)
        {
            return new(["faults"], e.Message);
        }
    }
}
