using System.Text.RegularExpressions;
using LinkedInAuto.Pages.Text;

namespace LinkedInAuto.Bots.Birthday;

/// <summary>Reads LinkedIn's own first name out of a birthday card's celebration sentence (docs/linkedin-pages.md §3.3).</summary>
/// <remarks>"Célébrez l'anniversaire (récent) de Marie …", "… d'Avril …", "Celebrate Jane's (recent) birthday …".</remarks>
public static partial class CelebrationSentence
{
    /// <summary>Gets the first name the sentence mentions, as written (original casing), or null.</summary>
    public static string? FirstName(string sentence)
    {
        var text = Flatten(sentence);
        var match = French().Match(text);
        if (!match.Success)
        {
            match = English().Match(text);
        }

        return match.Success ? match.Groups["first"].Value.Trim() : null;
    }

    /// <summary>Gets a value indicating whether a paragraph reads as a celebration sentence (not a name, not a button label).</summary>
    public static bool IsCelebration(string text)
    {
        var normalized = PageText.Normalize(text);
        return normalized.Contains("anniversaire", StringComparison.Ordinal) && normalized.StartsWith("célébrez", StringComparison.Ordinal)
            || normalized.Contains("birthday", StringComparison.Ordinal) && normalized.StartsWith("celebrate", StringComparison.Ordinal);
    }

    private static string Flatten(string text) =>
        Spaces().Replace(text.Replace('\u2019', '\'').Replace('\u00A0', ' ').Replace('\u202F', ' '), " ").Trim();

    [GeneratedRegex("anniversaire\\s+(?:récent\\s+)?(?:de\\s+|d')(?<first>.+?)\\s+(?:aujourd'hui|le\\s|du\\s|hier|avant-hier|il\\s+y\\s+a)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex French();

    [GeneratedRegex("celebrate\\s+(?<first>.+?)'s?\\s+(?:recent\\s+)?birthday", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex English();

    [GeneratedRegex("\\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
