using System.Globalization;
using System.Text.RegularExpressions;
using LinkedInAuto.Pages.Text;

namespace LinkedInAuto.Bots.Visitor;

/// <summary>Reads a network-degree badge: "1st" / "2nd" / "3rd+", FR "1er" / "2e" / "3e et +" (docs/linkedin-pages.md §3.7, §3.8).</summary>
public static partial class DegreeText
{
    /// <summary>Gets 1, 2 or 3 (for "3rd+"), or null when <paramref name="text"/> holds no degree.</summary>
    public static int? Parse(string? text) =>
        Badge().Match(PageText.Normalize(text)) is { Success: true } match
            ? int.Parse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<n>[1-3])\s*(?:st|nd|rd|er|re|e|ème|eme)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Badge();
}
