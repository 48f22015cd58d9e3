using System.Text.RegularExpressions;
using Quartz;

namespace LinkedInAuto.Configuration;

/// <summary>A cron schedule as the user writes it (standard 5-field cron, or Quartz's 6–7 fields) and as Quartz runs it.</summary>
public sealed partial class CronSchedule
{
    private const string ExpectedText =
        "a cron expression: 5 fields `minute hour day-of-month month day-of-week` (e.g. `0 9 * * *`, `0 14 * * 1-5`) "
        + "or Quartz's 6–7 fields starting with seconds";

    private static readonly string[] s_dayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"];

    private CronSchedule(string text, string quartzExpression)
    {
        Text = text;
        QuartzExpression = quartzExpression;
    }

    /// <summary>Gets the expression as written in the config.</summary>
    public string Text { get; }

    /// <summary>Gets the equivalent Quartz expression (seconds first, `?` for the unused day field).</summary>
    public string QuartzExpression { get; }

    /// <summary>Parses a schedule for the config binder.</summary>
    public static bool TryParseConfig(string text, out CronSchedule? value, out string expected)
    {
        expected = ExpectedText;
        value = null;
        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string quartz;
        if (fields.Length == 5)
        {
            var (dom, dow) = (fields[2], ConvertDaysOfWeek(fields[4]));
            if (dom != "*" && dow != "*")
            {
                expected = "a cron expression that sets the day of the month or the day of the week, not both";
                return false;
            }

            (dom, dow) = dow == "*" ? (dom, "?") : ("?", dow);
            quartz = string.Join(' ', "0", fields[0], fields[1], dom, fields[3], dow);
        }
        else if (fields.Length is 6 or 7)
        {
            quartz = string.Join(' ', fields);
        }
        else
        {
            return false;
        }

        try
        {
            _ = new CronExpression(quartz);
        }
        catch (FormatException ex)
        {
            expected = ExpectedText + " (" + ex.Message.TrimEnd('.') + ")";
            return false;
        }

        value = new CronSchedule(text.Trim(), quartz);
        return true;
    }

    /// <summary>Creates a schedule from a known-good expression (defaults in code).</summary>
    public static CronSchedule Parse(string text) =>
        TryParseConfig(text, out var value, out var expected) ? value! : throw new FormatException(expected);

    /// <inheritdoc/>
    public override string ToString() => Text;

    // Standard cron numbers Sunday 0 (or 7) to Saturday 6; Quartz numbers Sunday 1 to Saturday 7. Names mean the
    // same in both, so numbers are rewritten as names (numbers after '/' are steps and stay).
    private static string ConvertDaysOfWeek(string field) =>
        field == "*" ? field : DayNumberRegex().Replace(field, m => s_dayNames[m.Value[0] - '0']);

    [GeneratedRegex("(?<![/0-9])[0-7](?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex DayNumberRegex();
}
