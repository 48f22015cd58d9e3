using LinkedInAuto.Pages.Text;

namespace LinkedInAuto.Bots.Visitor;

/// <summary>Headline and location read from the profile top card's lines under the name, when their classes are gone.</summary>
/// <remarks>
/// The top card reads name, degree badge ("· 2nd"), headline, location, connection count (src/LinkedInAuto/Pages/README.md): the
/// headline is the first line that is neither a badge nor a "·" aside, the location the next line that reads as one.
/// </remarks>
internal static class TopCardLines
{
    private const int MaxBadgeWords = 4;

    /// <summary>Gets the headline among <paramref name="lines"/> (those after the name), or null.</summary>
    public static string? Headline(IReadOnlyList<string> lines) => lines.FirstOrDefault(l => !IsAside(l));

    /// <summary>Gets the location: the first line after <paramref name="headline"/> that <paramref name="isLocation"/> accepts, or null.</summary>
    public static string? Location(IReadOnlyList<string> lines, string? headline, Func<string, bool> isLocation) =>
        headline is null ? null : lines.SkipWhile(l => l != headline).Skip(1).FirstOrDefault(l => !IsAside(l) && isLocation(l));

    // "· 2nd", "2nd degree connection", "· 500+ connections", "(She/Her)".
    private static bool IsAside(string line)
    {
        var text = PageText.Normalize(line);
        return text.StartsWith('·') || text.StartsWith('•') || text.StartsWith('(')
            || (DegreeText.Parse(text) is not null && text.Split(' ').Length <= MaxBadgeWords);
    }
}
