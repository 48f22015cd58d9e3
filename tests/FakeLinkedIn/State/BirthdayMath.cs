using System.Globalization;

namespace FakeLinkedIn;

/// <summary>Month-day arithmetic for birthdays: most recent and next occurrence relative to a date.</summary>
internal static class BirthdayMath
{
    public static bool TryParseMonthDay(string text, out int month, out int day)
    {
        month = day = 0;
        var parts = text.Split('-');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out month)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out day)
            && month is >= 1 and <= 12
            && day >= 1 && day <= DateTime.DaysInMonth(2024, month);
    }

    /// <summary>Days since the most recent occurrence on or before <paramref name="today"/>.</summary>
    public static int DaysSince(DateOnly today, int month, int day)
    {
        var thisYear = Occurrence(today.Year, month, day);
        var last = thisYear <= today ? thisYear : Occurrence(today.Year - 1, month, day);
        return today.DayNumber - last.DayNumber;
    }

    /// <summary>Days until the next occurrence strictly after <paramref name="today"/>.</summary>
    public static int DaysUntil(DateOnly today, int month, int day)
    {
        var thisYear = Occurrence(today.Year, month, day);
        var next = thisYear > today ? thisYear : Occurrence(today.Year + 1, month, day);
        return next.DayNumber - today.DayNumber;
    }

    /// <summary>The date of the birthday in a given year; 29 Feb falls on 28 Feb in common years.</summary>
    public static DateOnly Occurrence(int year, int month, int day) =>
        new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
}
