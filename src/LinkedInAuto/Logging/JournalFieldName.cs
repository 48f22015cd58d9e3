using System.Text;

namespace LinkedInAuto.Logging;

/// <summary>Turns arbitrary names into valid journal field names (<c>journal_field_valid</c> in systemd).</summary>
/// <remarks>
/// Valid names are 1–64 characters of <c>A–Z</c>, <c>0–9</c> and <c>_</c>, not starting with a digit or <c>_</c>
/// (leading underscores are reserved for trusted fields that journald adds itself; client copies are dropped).
/// Invalid names are silently ignored by journald, so we sanitise like Tmds.Systemd instead of failing.
/// </remarks>
public static class JournalFieldName
{
    /// <summary>Maximum length of a field name.</summary>
    public const int MaxLength = 64;

    /// <summary>True when <paramref name="name"/> is accepted by journald as is.</summary>
    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxLength || name[0] == '_' || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!IsValidChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Sanitises like Tmds.Systemd: lowercase ⇒ uppercase, other invalid characters ⇒ <c>X</c>, leading <c>_</c> ⇒ <c>X</c>, leading digit gets an <c>X</c> prefix, cut at 64.</summary>
    public static string Sanitize(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "X";
        }

        var builder = new StringBuilder(name.Length + 1);
        if (char.IsAsciiDigit(name[0]))
        {
            builder.Append('X');
        }

        foreach (var c in name)
        {
            var upper = char.IsAsciiLetterLower(c) ? char.ToUpperInvariant(c) : c;
            builder.Append(IsValidChar(upper) ? upper : 'X');
        }

        if (builder[0] == '_')
        {
            builder[0] = 'X';
        }

        return builder.Length > MaxLength ? builder.ToString(0, MaxLength) : builder.ToString();
    }

    /// <summary>Maps a structured-log property name to a field: PascalCase/camelCase ⇒ UPPER_SNAKE (<c>RunId</c> ⇒ <c>RUN_ID</c>), then <see cref="Sanitize"/>.</summary>
    /// <remarks>Word boundaries: lower/digit→upper (<c>runId</c>), and the last capital of an acronym (<c>HTTPServer</c> ⇒ <c>HTTP_SERVER</c>). All-caps names stay as they are (<c>BOT</c>).</remarks>
    public static string FromPropertyName(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "X";
        }

        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsAsciiLetterUpper(c))
            {
                var previous = name[i - 1];
                var nextIsLower = i + 1 < name.Length && char.IsAsciiLetterLower(name[i + 1]);
                if (char.IsAsciiLetterLower(previous) || char.IsAsciiDigit(previous)
                    || (char.IsAsciiLetterUpper(previous) && nextIsLower))
                {
                    builder.Append('_');
                }
            }

            builder.Append(c);
        }

        return Sanitize(builder.ToString());
    }

    private static bool IsValidChar(char c) => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_';
}
