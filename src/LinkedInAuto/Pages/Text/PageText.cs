using System.Text;
using System.Text.RegularExpressions;

namespace LinkedInAuto.Pages.Text;

/// <summary>Normalises LinkedIn UI text before any matching (docs/linkedin-pages.md §4.1).</summary>
public static partial class PageText
{
    /// <summary>NFC, lower-case (invariant), curly apostrophes to `'`, no-break spaces to spaces, whitespace collapsed and trimmed.</summary>
    public static string Normalize(string? text) => Clean(text).ToLowerInvariant();

    /// <summary>Like <see cref="Normalize"/> but keeping the case: for reading names out of labels as displayed.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            builder.Append(c switch
            {
                '\u2019' or '\u2018' or '\u02BC' => '\'',
                '\u00A0' or '\u202F' or '\u2007' => ' ',
                _ => c,
            });
        }

        return Whitespace().Replace(builder.ToString(), " ").Trim();
    }

    /// <summary>Removes diacritics after normalising, for accent-insensitive comparison of names and keywords.</summary>
    public static string Fold(string? text)
    {
        var decomposed = Normalize(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Gets a value indicating whether <paramref name="word"/> occurs in <paramref name="text"/> as a whole word (accent- and case-insensitive).</summary>
    public static bool ContainsWord(string? text, string word)
    {
        var folded = Fold(word);
        if (folded.Length == 0)
        {
            return false;
        }

        var pattern = "(?<![\\p{L}\\p{N}])" + Regex.Escape(folded) + "(?![\\p{L}\\p{N}])";
        return Regex.IsMatch(Fold(text), pattern, RegexOptions.CultureInvariant);
    }

    [GeneratedRegex("\\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
