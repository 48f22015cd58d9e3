using System.Text;

namespace FakeLinkedIn.Html;

/// <summary>Encoding helpers for building HTML by hand.</summary>
internal static class H
{
    /// <summary>Escapes the characters HTML requires (&amp; &lt; &gt; &quot;), keeping accents and apostrophes readable as LinkedIn does.</summary>
    public static string E(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>Percent-encodes a query-string value (spaces as %20, like LinkedIn's compose links).</summary>
    public static string Q(string text) => Uri.EscapeDataString(text);
}
