using System.Text.RegularExpressions;
using LinkedInAuto.Pages.Text;

namespace LinkedInAuto.Pages.Selectors;

/// <summary>Reads a person's name out of a label or an image's alt by a pattern such as "Withdraw invitation sent to {name}".</summary>
/// <remarks>
/// Labels that name the person are one of the sources of a name when the card shows it nowhere else (src/LinkedInAuto/Pages/README.md):
/// the literal parts are compared case-insensitively after the usual clean-up (curly apostrophes, no-break spaces); the name
/// keeps its case and accents as displayed.
/// </remarks>
public static partial class NamePattern
{
    /// <summary>The longest text accepted as a name: anything longer is a sentence, not a name.</summary>
    public const int MaxNameLength = 120;

    private static readonly TimeSpan s_timeout = TimeSpan.FromMilliseconds(200);

    /// <summary>Gets the name the first matching pattern reads in <paramref name="text"/>, or null.</summary>
    public static string? Read(IEnumerable<string> patterns, string? text)
    {
        var shown = Spaced(text);
        if (shown.Length == 0)
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

            var regex = "^" + Literal(parts[0]) + "(?<name>.+?)" + Literal(parts[1]) + "$";
            var match = Regex.Match(shown, regex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, s_timeout);
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
        return line is { Length: > 0 and <= MaxNameLength } ? Spaced(line) : null;
    }

    // A pattern's literal part, matching any apostrophe and any run of spaces the page may use.
    private static string Literal(string part) =>
        string.Concat(part.Select(c => c switch
        {
            '\'' => "['\u2019\u2018\u02BC]",
            ' ' => "\\s+",
            _ => Regex.Escape(c.ToString()),
        }));

    // The text as displayed (apostrophes and accents kept), with no-break spaces as spaces and runs of spaces collapsed.
    private static string Spaced(string? text) =>
        Whitespace().Replace((text ?? string.Empty).Normalize(System.Text.NormalizationForm.FormC).Replace('\u00A0', ' ').Replace('\u202F', ' '), " ").Trim();

    [GeneratedRegex("\\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
