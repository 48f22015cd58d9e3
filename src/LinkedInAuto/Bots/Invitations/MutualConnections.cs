using System.Globalization;
using System.Text.RegularExpressions;
using LinkedInAuto.Pages.Text;

namespace LinkedInAuto.Bots.Invitations;

/// <summary>Reads how many mutual connections a received invitation's insight line states (docs/linkedin-pages.md §3.5), EN and FR.</summary>
/// <remarks>
/// "Paul and 12 other mutual connections" counts Paul too (13); "Paul is a mutual connection" is 1; "Paul and Léa are
/// mutual connections" is 2; the short form "12 mutual connections" is 12. French: "… et 12 autres relations en commun",
/// "… est une relation que vous avez en commun", "12 relations en commun". Any other text is not a mutual line (null).
/// </remarks>
public static partial class MutualConnections
{
    /// <summary>Gets the number of mutual connections <paramref name="text"/> states, or null when it states none.</summary>
    public static int? Parse(string? text)
    {
        var normalized = PageText.Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        if (NamedAndOthers().Match(normalized) is { Success: true } others)
        {
            return Number(others) + 1;
        }

        if (OneNamed().IsMatch(normalized))
        {
            return 1;
        }

        if (TwoNamed().IsMatch(normalized))
        {
            return 2;
        }

        return Counted().Match(normalized) is { Success: true } counted ? Number(counted) : null;
    }

    // Thousands separators ("1,024", "1 024" after no-break spaces became spaces) are dropped before parsing.
    private static int Number(Match match) =>
        int.Parse(Separators().Replace(match.Groups["n"].Value, string.Empty), NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(?:and|et)\s+(?<n>[0-9]{1,3}(?:[,. ][0-9]{3})+|[0-9]+)\s+(?:others?\s+mutual\s+connections?|autres?\s+relations?\s+(?:que\s+vous\s+avez\s+)?en\s+commun)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamedAndOthers();

    [GeneratedRegex(@"\b(?:is\s+a\s+mutual\s+connection|est\s+une\s+relation\s+(?:que\s+vous\s+avez\s+)?en\s+commun)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OneNamed();

    [GeneratedRegex(@"\b(?:are\s+mutual\s+connections|sont\s+des\s+relations\s+(?:que\s+vous\s+avez\s+)?en\s+commun)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TwoNamed();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<n>[0-9]{1,3}(?:[,. ][0-9]{3})+|[0-9]+)\s+(?:mutual\s+connections?|relations?\s+(?:que\s+vous\s+avez\s+)?en\s+commun)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Counted();

    [GeneratedRegex("[^0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();
}
