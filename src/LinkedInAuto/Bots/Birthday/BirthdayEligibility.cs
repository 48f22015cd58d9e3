using LinkedInAuto.Configuration;
using LinkedInAuto.Pages.Text;

namespace LinkedInAuto.Bots.Birthday;

/// <summary>Decides whether a harvested card gets a wish: today's or late within the window, first-degree, not blacklisted.</summary>
public static class BirthdayEligibility
{
    /// <summary>Decides for one card; the "already wished" check is done against the history by the bot.</summary>
    public static Verdict Decide(BirthdayCard card, BirthdayOptions options, IBlacklist blacklist)
    {
        if (card.Elapsed.Kind != ElapsedKind.Past)
        {
            return Verdict.No($"not a recent birthday ({card.Elapsed.Kind.ToString().ToLowerInvariant()})");
        }

        var days = card.Elapsed.Days;
        if (days == 0 && !options.Today)
        {
            return Verdict.No("today's wishes are disabled");
        }

        if (days > 0 && !options.Late)
        {
            return Verdict.No("late wishes are disabled");
        }

        if (days > options.MaxDaysLate)
        {
            return Verdict.No($"{days} days late (max_days_late is {options.MaxDaysLate})");
        }

        if (card.NotConnected || !card.HasWishAction)
        {
            return Verdict.No("not a first-degree connection");
        }

        return blacklist.Contains(card.Identity, card.FullName) ? Verdict.No("blacklisted") : Verdict.Yes;
    }
}

/// <summary>A yes/no decision with the reason for a no.</summary>
public sealed record Verdict(bool Eligible, string? Reason)
{
    /// <summary>Gets the positive verdict.</summary>
    public static Verdict Yes { get; } = new(true, null);

    /// <summary>Creates a negative verdict.</summary>
    public static Verdict No(string reason) => new(false, reason);
}
