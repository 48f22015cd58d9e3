using System.Security.Cryptography;
using System.Text;

namespace LinkedInAuto.Bots.Birthday;

/// <summary>One wish template: a line of `birthday.txt` or `late.txt` with placeholders.</summary>
public sealed record MessageTemplate(string Text, string File, int Line)
{
    /// <summary>Gets a stable id (a hash of the text), so reordering the file keeps each template's history.</summary>
    public string Id { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text)))[..12];

    /// <summary>Fills the placeholders; braces doubled (`{{`, `}}`) are literal.</summary>
    public string Render(string firstName, string fullName, int daysLate)
    {
        var builder = new StringBuilder(Text.Length + 32);
        for (var i = 0; i < Text.Length; i++)
        {
            var c = Text[i];
            if ((c == '{' || c == '}') && i + 1 < Text.Length && Text[i + 1] == c)
            {
                builder.Append(c);
                i++;
            }
            else if (c == '{')
            {
                var end = Text.IndexOf('}', i);
                builder.Append(Text[(i + 1)..end] switch
                {
                    "first_name" => firstName,
                    "full_name" => fullName,
                    _ => daysLate.ToString(System.Globalization.CultureInfo.InvariantCulture),
                });
                i = end;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
