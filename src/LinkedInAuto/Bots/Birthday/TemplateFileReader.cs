using System.Text;
using LinkedInAuto.Configuration;

namespace LinkedInAuto.Bots.Birthday;

/// <summary>Reads one template file: one message per line, `#` comments and blank lines ignored, placeholders checked.</summary>
internal static class TemplateFileReader
{
    private static readonly string[] s_placeholders = ["first_name", "full_name", "days_late"];

    /// <summary>Reads <paramref name="path"/>, adding every problem to <paramref name="errors"/>.</summary>
    public static IReadOnlyList<MessageTemplate> Read(string path, bool allowDaysLate, List<ConfigError> errors)
    {
        string[] lines;
        try
        {
            lines = new UTF8Encoding(false, true).GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF').Split('\n');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            var problem = ex switch
            {
                FileNotFoundException or DirectoryNotFoundException => "not found: expected a file with one message per line (the package ships one)",
                DecoderFallbackException => "is not UTF-8 text",
                _ => "cannot be read: " + ex.Message,
            };
            errors.Add(new ConfigError(new ConfigLocation(path, 0, 0), string.Empty, problem));
            return [];
        }

        var templates = new List<MessageTemplate>();
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i].TrimEnd('\r');
            var text = raw.Trim();
            var indent = raw.Length - raw.TrimStart().Length;
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            if (Check(text, allowDaysLate) is { } problem)
            {
                errors.Add(new ConfigError(new ConfigLocation(path, i + 1, problem.Column + indent), string.Empty, problem.Message));
                continue;
            }

            templates.Add(new MessageTemplate(text, path, i + 1));
        }

        if (templates.Count == 0 && !errors.Exists(e => e.Location?.Source == path))
        {
            errors.Add(new ConfigError(new ConfigLocation(path, 0, 0), string.Empty, "has no message: expected at least one line of text (lines starting with # are comments)"));
        }

        return templates;
    }

    private static (int Column, string Message)? Check(string text, bool allowDaysLate)
    {
        const string Expected = "expected {first_name}, {full_name}" ;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
            {
                i++;
                continue;
            }

            if (c == '}')
            {
                return (i + 1, "unmatched '}': write }} for a literal brace");
            }

            if (c != '{')
            {
                continue;
            }

            var end = text.IndexOf('}', i);
            if (end < 0)
            {
                return (i + 1, "unclosed '{': write {{ for a literal brace");
            }

            var name = text[(i + 1)..end];
            if (!s_placeholders.Contains(name))
            {
                return (i + 1, $"unknown placeholder {{{name}}}: {Expected}" + (allowDaysLate ? " or {days_late}" : string.Empty));
            }

            if (name == "days_late" && !allowDaysLate)
            {
                return (i + 1, "{days_late} is only meaningful in late.txt: " + Expected);
            }

            i = end;
        }

        return null;
    }
}
