using System.Globalization;
using System.Text.RegularExpressions;
using LinkedInAuto.Pages.Text;

namespace LinkedInAuto.Bots.Messaging;

/// <summary>Reads the day heading of a run of messages: "Today" / "Aujourd'hui", "Yesterday" / "Hier", a weekday
/// ("Monday" / "lundi", within the last week), or a date ("Nov 18", "18 nov.", "Nov 18, 2024", "18 nov. 2024").</summary>
/// <remarks>A date without a year is the most recent one not after today; anything unreadable is unknown (null), never guessed.</remarks>
internal static partial class MessageDay
{
    private static readonly Dictionary<string, DayOfWeek> s_weekdays = new(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday, ["thursday"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
        ["lundi"] = DayOfWeek.Monday, ["mardi"] = DayOfWeek.Tuesday, ["mercredi"] = DayOfWeek.Wednesday, ["jeudi"] = DayOfWeek.Thursday,
        ["vendredi"] = DayOfWeek.Friday, ["samedi"] = DayOfWeek.Saturday, ["dimanche"] = DayOfWeek.Sunday,
    };

    /// <summary>Gets the day <paramref name="heading"/> names, relative to <paramref name="today"/>, or null when it cannot be read.</summary>
    public static DateOnly? Parse(string? heading, DateOnly today)
    {
        var text = PageText.Normalize(heading);
        if (text.Length == 0)
        {
            return null;
        }

        if (MonthTokens.TryFindDayAndMonth(text, out var day, out var month))
        {
            return Dated(text, day, month, today);
        }

        if (Weekday().Match(text) is { Success: true } weekday)
        {
            var ago = ((int)today.DayOfWeek - (int)s_weekdays[weekday.Groups["day"].Value] + 7) % 7;
            return today.AddDays(-(ago == 0 ? 7 : ago));
        }

        var elapsed = ElapsedTextParser.Parse(text, today);
        return elapsed is { Kind: ElapsedKind.Past, IsLowerBound: false } ? today.AddDays(-elapsed.Days) : null;
    }

    private static DateOnly? Dated(string text, int day, int month, DateOnly today)
    {
        int year;
        if (Year().Match(text) is { Success: true } written)
        {
            year = int.Parse(written.Value, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        else
        {
            year = (month, day).CompareTo((today.Month, today.Day)) <= 0 ? today.Year : today.Year - 1;
        }

        return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    [GeneratedRegex("(?<![\\p{L}])(?<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex("(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
