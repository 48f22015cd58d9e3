using System.Globalization;
using System.Text.RegularExpressions;

namespace LinkedInAuto.Bots.Birthday;

/// <summary>Derives the first name used in a greeting from what LinkedIn shows.</summary>
/// <remarks>
/// The celebration sentence carries LinkedIn's own first name ("Célébrez l'anniversaire de Jean-Pierre…"), which
/// is preferred; otherwise the first word of the full name after titles. Compound names stay whole
/// ("Jean-Pierre"), names shouted or whispered ("MARIE", "marie") get standard casing, and mixed casing the
/// person chose ("McKenzie", "DeShawn") is kept.
/// </remarks>
public static partial class FirstName
{
    private static readonly HashSet<string> s_titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "dr.", "doctor", "docteur", "pr", "pr.", "prof", "prof.", "professor", "professeur",
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "m.", "mme", "mme.", "mlle", "me", "me.", "sir", "dame",
    };

    /// <summary>Chooses the greeting name: the sentence's first name if given, else the full name's first word.</summary>
    public static string For(string fullName, string? firstNameFromSentence)
    {
        var candidate = Clean(firstNameFromSentence);
        if (candidate.Length == 0)
        {
            var words = Clean(fullName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            candidate = words.FirstOrDefault(w => !s_titles.Contains(w)) ?? string.Empty;
        }

        return FixCasing(candidate);
    }

    private static string Clean(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        // Drop pronouns and credentials people append: "Marie (elle)", "Paul, PhD", emojis.
        var text = Parenthesized().Replace(name, " ");
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        text = comma > 0 ? text[..comma] : text;
        return NotNameCharacters().Replace(text, " ").Trim();
    }

    private static string FixCasing(string name)
    {
        var letters = name.Where(char.IsLetter).ToArray();
        var allUpper = letters.Length > 1 && letters.All(char.IsUpper);
        var allLower = letters.All(char.IsLower);
        if (!allUpper && !allLower)
        {
            return name;
        }

        // Capitalise each part of a compound name: "JEAN-PIERRE" → "Jean-Pierre", "o'neil" → "O'Neil".
        var lower = name.ToLower(CultureInfo.InvariantCulture);
        return PartStart().Replace(lower, m => m.Value.ToUpper(CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("\\([^)]*\\)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesized();

    [GeneratedRegex("[^\\p{L}\\p{M}'’\\-. ]", RegexOptions.CultureInvariant)]
    private static partial Regex NotNameCharacters();

    [GeneratedRegex("(?<=^|[-'’ ])\\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex PartStart();
}
