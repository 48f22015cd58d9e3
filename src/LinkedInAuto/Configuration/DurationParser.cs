using System.Globalization;
using System.Text.RegularExpressions;

namespace LinkedInAuto.Configuration;

/// <summary>Parses and prints durations in the config's notation: `250ms`, `45s`, `5m`, `1h30m`, `2d`, or `0`.</summary>
public static partial class DurationParser
{
    /// <summary>Gets the description of the accepted notation, used in error messages.</summary>
    public const string Expected = "a duration such as 500ms, 30s, 5m, 1h30m or 2d";

    /// <summary>Parses a duration; throws <see cref="FormatException"/> when the text is not one.</summary>
    public static TimeSpan Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not {Expected}");

    /// <summary>Tries to parse a duration.</summary>
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed == "0")
        {
            return true;
        }

        var match = DurationRegex().Match(trimmed);
        if (!match.Success)
        {
            return false;
        }

        var total = 0.0;
        foreach (Capture capture in match.Groups["part"].Captures)
        {
            var part = PartRegex().Match(capture.Value);
            var number = double.Parse(part.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            total += part.Groups[2].Value switch
            {
                "ms" => number,
                "s" => number * 1_000,
                "m" => number * 60_000,
                "h" => number * 3_600_000,
                _ => number * 86_400_000,
            };
        }

        if (total > TimeSpan.MaxValue.TotalMilliseconds / 2)
        {
            return false;
        }

        value = TimeSpan.FromMilliseconds(total);
        return true;
    }

    /// <summary>Formats a duration in the same notation (`1h30m`, `45s`, `250ms`).</summary>
    public static string Format(TimeSpan value)
    {
        if (value == TimeSpan.Zero)
        {
            return "0";
        }

        var parts = new List<string>();
        if (value.Days > 0)
        {
            parts.Add(value.Days.ToString(CultureInfo.InvariantCulture) + "d");
        }

        if (value.Hours > 0)
        {
            parts.Add(value.Hours.ToString(CultureInfo.InvariantCulture) + "h");
        }

        if (value.Minutes > 0)
        {
            parts.Add(value.Minutes.ToString(CultureInfo.InvariantCulture) + "m");
        }

        if (value.Seconds > 0)
        {
            parts.Add(value.Seconds.ToString(CultureInfo.InvariantCulture) + "s");
        }

        if (value.Milliseconds > 0)
        {
            parts.Add(value.Milliseconds.ToString(CultureInfo.InvariantCulture) + "ms");
        }

        return string.Concat(parts);
    }

    [GeneratedRegex("^(?<part>[0-9]+(?:\\.[0-9]+)?(?:ms|s|m|h|d))+$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationRegex();

    [GeneratedRegex("^([0-9]+(?:\\.[0-9]+)?)(ms|s|m|h|d)$", RegexOptions.CultureInvariant)]
    private static partial Regex PartRegex();
}
