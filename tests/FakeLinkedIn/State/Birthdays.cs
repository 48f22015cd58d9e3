namespace FakeLinkedIn.State;

/// <summary>One card of the birthday catch-up page; Days counts since the birthday (0 = today), or until it when Upcoming.</summary>
internal sealed record BirthdayEntry(Person Person, int Days, bool Upcoming, int Month, int Day);

/// <summary>Selects the birthdays LinkedIn lists: today, recent ones (possibly too old for a bot) and upcoming ones.</summary>
internal static class Birthdays
{
    public static List<BirthdayEntry> Compute(World world, DateOnly today, int pastDays, int upcomingDays)
    {
        var entries = new List<BirthdayEntry>();
        foreach (var p in world.People)
        {
            if (p.Birthday is not { } b)
            {
                continue;
            }

            var since = BirthdayMath.DaysSince(today, b.Month, b.Day);
            var until = BirthdayMath.DaysUntil(today, b.Month, b.Day);
            if (since <= pastDays)
            {
                entries.Add(new BirthdayEntry(p, since, false, b.Month, b.Day));
            }
            else if (until <= upcomingDays)
            {
                entries.Add(new BirthdayEntry(p, until, true, b.Month, b.Day));
            }
        }

        // Today first, then the most recent late ones; upcoming ones close the list.
        return [.. entries.OrderBy(e => e.Upcoming).ThenBy(e => e.Days)];
    }
}
