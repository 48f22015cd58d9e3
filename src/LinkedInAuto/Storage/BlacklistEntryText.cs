using System.Text.RegularExpressions;

namespace LinkedInAuto.Storage;

/// <summary>What a blacklist entry may be: a profile URL (made canonical) or a person's full name (spaces tidied).</summary>
public static partial class BlacklistEntryText
{
    /// <summary>The longest name accepted.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Normalizes <paramref name="entry"/>: a URL becomes its canonical profile URL, a name keeps its spelling with single spaces.</summary>
    /// <exception cref="ArgumentException">A URL that is not a LinkedIn profile, or text that is no name (empty, too long, no letter).</exception>
    public static string Normalize(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = entry.Trim();
        if (LooksLikeUrl(text))
        {
            return ProfileUrl.Canonicalize(text.Contains("://", StringComparison.Ordinal) ? text : "https://" + text);
        }

        var name = Spaces().Replace(text, " ");
        if (name.Length == 0 || name.Length > MaxNameLength || !name.Any(char.IsLetter))
        {
            throw new ArgumentException($"'{entry}' is neither a profile URL (https://www.linkedin.com/in/<name>/) nor a full name (letters, at most {MaxNameLength} characters)", nameof(entry));
        }

        return name;
    }

    private static bool LooksLikeUrl(string text) =>
        text.Contains("://", StringComparison.Ordinal) || text.Contains("/in/", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || text.StartsWith("linkedin.com", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
