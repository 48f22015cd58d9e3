using System.Globalization;
using System.Text.RegularExpressions;

namespace LinkedInAuto.Pages.Text;

/// <summary>Reads birthday celebration sentences and elapsed-time texts in French and English (docs/linkedin-pages.md §4).</summary>
/// <remarks>
/// Only the celebration sentence or the time element is parsed, never the name line: first names such as
/// "Thierry" (contains "hier"), "Avril" or "May" (month names) must not be read as dates. Keywords match on word
/// boundaries; digits are ASCII only (`[0-9]`, since `\d` also matches other scripts' digits).
/// </remarks>
public static partial class ElapsedTextParser
{
    /// <summary>A day-and-month text older than this is not a recent birthday.</summary>
    public const int MaxRecentDays = 59;

    /// <summary>Reads <paramref name="text"/> relative to <paramref name="today"/> (in the member's time zone).</summary>
    public static ElapsedText Parse(string? text, DateOnly today)
    {
        var normalized = PageText.Normalize(text);
        if (normalized.Length == 0 || Upcoming().IsMatch(normalized))
        {
            return normalized.Length == 0 ? ElapsedText.Unknown : ElapsedText.Upcoming;
        }

        return RelativeWords(normalized) ?? UnitsAgo(normalized) ?? DayAndMonth(normalized, today) ?? ElapsedText.Unknown;
    }

    private static ElapsedText? RelativeWords(string text)
    {
        if (Today().IsMatch(text))
        {
            return ElapsedText.Past(0);
        }

        if (DayBeforeYesterday().IsMatch(text))
        {
            return ElapsedText.Past(2);
        }

        if (Yesterday().IsMatch(text))
        {
            return ElapsedText.Past(1);
        }

        return LastWeek().IsMatch(text) ? ElapsedText.Past(7, isLowerBound: true) : null;
    }

    private static ElapsedText? UnitsAgo(string text)
    {
        var match = EnglishAgo().Match(text);
        if (!match.Success)
        {
            match = FrenchAgo().Match(text);
        }

        if (!match.Success)
        {
            return null;
        }

        var count = match.Groups["n"].Value switch
        {
            "a" or "an" or "one" or "un" or "une" => 1,
            var digits => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1,
        };
        if (count < 0 || count > 10_000)
        {
            return ElapsedText.Unknown;
        }

        var (daysPerUnit, lowerBound) = match.Groups["unit"].Value switch
        {
            "minute" or "hour" or "heure" => (0, false),
            "day" or "jour" => (1, false),
            "week" or "semaine" => (7, false),
            "month" or "mois" => (30, true),
            _ => (365, false),
        };
        return ElapsedText.Past(count * daysPerUnit, lowerBound);
    }

    private static ElapsedText? DayAndMonth(string text, DateOnly today)
    {
        if (!MonthTokens.TryFindDayAndMonth(text, out var day, out var month))
        {
            return null;
        }

        // The most recent past occurrence: this year, or last year when this year's date is still ahead.
        var year = (month, day).CompareTo((today.Month, today.Day)) <= 0 ? today.Year : today.Year - 1;
        if (day > DateTime.DaysInMonth(year, month))
        {
            return ElapsedText.Unknown;
        }

        var days = today.DayNumber - new DateOnly(year, month, day).DayNumber;
        return days > MaxRecentDays ? new ElapsedText(ElapsedKind.TooOld, days, false) : ElapsedText.Past(days);
    }

    [GeneratedRegex("\\b(?:in\\s+[0-9]+\\s+days?|dans\\s+[0-9]+\\s+jours?|tomorrow|demain)\\b", RegexOptions.CultureInvariant)]
    private static partial Regex Upcoming();

    [GeneratedRegex("(?<![\\p{L}-])(?:today|aujourd'hui)(?![\\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex Today();

    [GeneratedRegex("(?<![\\p{L}])avant-hier(?![\\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex DayBeforeYesterday();

    [GeneratedRegex("(?<![\\p{L}-])(?:yesterday|hier)(?![\\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex Yesterday();

    [GeneratedRegex("(?<![\\p{L}])(?:last\\s+week|la\\s+semaine\\s+derni[eè]re)(?![\\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex LastWeek();

    [GeneratedRegex("\\b(?<n>[0-9]+|a|an|one)\\s+(?<unit>minute|hour|day|week|month|year)s?\\s+ago\\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishAgo();

    [GeneratedRegex("\\bil\\s+y\\s+a\\s+(?<n>[0-9]+|un|une)\\s+(?<unit>minute|heure|jour|semaine|mois|année|annee|an)s?(?![\\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchAgo();
}
