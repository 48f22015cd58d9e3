using System.Globalization;
using System.Text;

namespace FakeLinkedIn.State;

/// <summary>Accent- and case-insensitive word keys, for honest keyword matching.</summary>
internal static class TextKey
{
    /// <summary>Lower-case, accents removed, every non-alphanumeric run turned into one space, trimmed.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var keep = char.IsLetterOrDigit(c);
            if (keep || (sb.Length > 0 && sb[^1] != ' '))
            {
                sb.Append(keep ? char.ToLowerInvariant(c) : ' ');
            }
        }

        return sb.ToString().Trim();
    }

    /// <summary>True when <paramref name="phrase"/> occurs in <paramref name="normalizedText"/> on word boundaries.</summary>
    public static bool ContainsWords(string normalizedText, string phrase)
    {
        var key = Normalize(phrase);
        return key.Length > 0 && $" {normalizedText} ".Contains($" {key} ", StringComparison.Ordinal);
    }
}
