using System.Globalization;

namespace FakeLinkedIn.Html.Pages;

/// <summary>The day heading above the first message of a day: "Today", "Yesterday", a weekday within the week, else a
/// date, with the year when it is not this year (FR: "Aujourd’hui", "Hier", "lundi", "18 nov.", "18 nov. 2024").</summary>
internal static class MessageDays
{
    private static readonly string[] s_frenchMonths = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];

    public static string Heading(PageContext ctx, DateOnly day) =>
        $"""<time class="msg-s-message-list__time-heading t-12 {ctx.C("time-heading")}">{H.E(Text(ctx, day))}</time>""";

    public static string Text(PageContext ctx, DateOnly day)
    {
        var today = ctx.Today;
        var ago = today.DayNumber - day.DayNumber;
        var french = ctx.State.French;
        var culture = CultureInfo.GetCultureInfo(french ? "fr-FR" : "en-US");
        return ago switch
        {
            0 => ctx.T("Today", "Aujourd’hui"),
            1 => ctx.T("Yesterday", "Hier"),
            > 1 and < 7 => day.ToString("dddd", culture),
            _ when french => $"{day.Day} {s_frenchMonths[day.Month - 1]}{(day.Year == today.Year ? string.Empty : " " + day.Year.ToString(CultureInfo.InvariantCulture))}",
            _ => day.ToString(day.Year == today.Year ? "MMM d" : "MMM d, yyyy", culture),
        };
    }
}
