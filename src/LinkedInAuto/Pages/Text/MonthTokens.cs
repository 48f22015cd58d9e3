using System.Globalization;
using System.Text.RegularExpressions;

namespace LinkedInAuto.Pages.Text;

/// <summary>Finds a day next to a month token in FR or EN order (docs/linkedin-pages.md §4.3–4.4).</summary>
/// <remarks>A month token counts only next to a day number, and only as a whole token: "Avril", "May" and "June" are also first names.</remarks>
internal static partial class MonthTokens
{
    private static readonly Dictionary<string, int> s_months = new(StringComparer.Ordinal)
    {
        ["janvier"] = 1, ["janv"] = 1, ["jan"] = 1, ["january"] = 1,
        ["février"] = 2, ["fevrier"] = 2, ["févr"] = 2, ["fevr"] = 2, ["fév"] = 2, ["fev"] = 2, ["february"] = 2, ["feb"] = 2,
        ["mars"] = 3, ["mar"] = 3, ["march"] = 3,
        ["avril"] = 4, ["avr"] = 4, ["april"] = 4, ["apr"] = 4,
        ["mai"] = 5, ["may"] = 5,
        ["juin"] = 6, ["june"] = 6, ["jun"] = 6,
        ["juillet"] = 7, ["juil"] = 7, ["july"] = 7, ["jul"] = 7,
        ["août"] = 8, ["aout"] = 8, ["aoû"] = 8, ["aou"] = 8, ["august"] = 8, ["aug"] = 8,
        ["septembre"] = 9, ["sept"] = 9, ["sep"] = 9, ["september"] = 9,
        ["octobre"] = 10, ["oct"] = 10, ["october"] = 10,
        ["novembre"] = 11, ["nov"] = 11, ["november"] = 11,
        ["décembre"] = 12, ["decembre"] = 12, ["déc"] = 12, ["dec"] = 12, ["december"] = 12,
    };

    /// <summary>Finds "10 nov.", "le 1er nov.", "Nov 10", "November 10th" or "24 Oct" in normalised text.</summary>
    public static bool TryFindDayAndMonth(string text, out int day, out int month)
    {
        foreach (var match in DayThenMonth().Matches(text).Concat(MonthThenDay().Matches(text)))
        {
            if (s_months.TryGetValue(match.Groups["month"].Value, out month))
            {
                var dayText = match.Groups["day"].Value;
                day = dayText == "1er" ? 1 : int.Parse(dayText, NumberStyles.None, CultureInfo.InvariantCulture);
                if (day is >= 1 and <= 31)
                {
                    return true;
                }
            }
        }

        day = month = 0;
        return false;
    }

    [GeneratedRegex("(?<![\\p{L}0-9])(?<day>1er|[0-9]{1,2})\\s+(?<month>\\p{L}+)\\.?(?![\\p{L}'])", RegexOptions.CultureInvariant)]
    private static partial Regex DayThenMonth();

    [GeneratedRegex("(?<![\\p{L}0-9'])(?<month>\\p{L}+)\\.?\\s+(?<day>[0-9]{1,2})(?:st|nd|rd|th)?(?![\\p{L}0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex MonthThenDay();
}
