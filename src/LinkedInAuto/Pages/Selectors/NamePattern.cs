using System.Text.RegularExpressions;
using LinkedInAuto.Pages.Text;

namespace LinkedInAuto.Pages.Selectors;

/// <summary>Reads a person's name out of a label or an image's alt by a pattern such as "Withdraw invitation sent to {name}".</summary>
/// <remarks>
/// Labels that name the person are one of the sources of a name when the card shows it nowhere else (src/LinkedInAuto/Pages/README.md):
/// the literal parts are compared case-insensitively after the usual clean-up (curly apostrophes, no-break spaces); the name
/// keeps its case and accents as displayed.
/// </remarks>
public static class NamePattern
{
    /// <summary>The longest text accepted as a name: anything longer is a sentence, not a name.</summary>
    public const int MaxNameLength = 120;

    private static readonly TimeSpan s_timeout = TimeSpan.FromMilliseconds(200);

    /// <summary>Gets the name the first matching pattern reads in <paramref name="text"/>, or null.</summary>
    public static string? Read(IEnumerable<string> patterns, string? text)
    {
        var cleaned = PageText.Clean(text);
        if (cleaned.Length == 0)
        {
            return null;
        }

        foreach (var pattern in patterns)
        {
            var parts = PageText.Clean(pattern).Split(SelectorAlternative.NamePlaceholder);
            if (parts.Length != 2)
            {
                continue;
            }

            var regex = "^" + Regex.Escape(parts[0]) + "(?<name>.+?)" + Regex.Escape(parts[1]) + "$";
            var match = Regex.Match(cleaned, regex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, s_timeout);
            if (match.Success && Plausible(match.Groups["name"].Value) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Gets <paramref name="text"/>'s first line, trimmed, when it can be a name (1 to <see cref="MaxNameLength"/> characters); else null.</summary>
    public static string? Plausible(string? text)
    {
        var line = (text ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return line is { Length: > 0 and <= MaxNameLength } ? PageText.Clean(line) : null;
    }
}
