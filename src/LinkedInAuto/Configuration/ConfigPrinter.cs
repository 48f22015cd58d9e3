using System.Collections;
using System.Reflection;
using System.Text;

namespace LinkedInAuto.Configuration;

/// <summary>Writes the effective configuration back as YAML, masking secrets (`config show`).</summary>
public static class ConfigPrinter
{
    /// <summary>Renders <paramref name="config"/> with every key, defaults included.</summary>
    public static string Render(AppConfig config)
    {
        var builder = new StringBuilder();
        WriteObject(builder, config, 0);
        return builder.ToString();
    }

    private static void WriteObject(StringBuilder builder, object target, int indent)
    {
        foreach (var property in ConfigNaming.PropertiesOf(target.GetType()))
        {
            var key = ConfigNaming.KeyOf(property);
            var value = property.GetValue(target);
            var pad = new string(' ', indent);
            if (property.GetCustomAttribute<SecretAttribute>() is not null)
            {
                builder.Append(pad).Append(key).Append(": ").AppendLine(IsEmpty(value) ? "~" : "\"***\"");
            }
            else if (value is null || ScalarConverter.IsScalar(property.PropertyType))
            {
                builder.Append(pad).Append(key).Append(": ").AppendLine(Quote(ScalarConverter.Format(value)));
            }
            else if (value is IDictionary dictionary)
            {
                builder.Append(pad).Append(key).AppendLine(dictionary.Count == 0 ? ": {}" : ":");
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (entry.Value is null || ScalarConverter.IsScalar(entry.Value.GetType()))
                    {
                        builder.Append(pad).Append("  ").Append(entry.Key).Append(": ").AppendLine(Quote(ScalarConverter.Format(entry.Value)));
                    }
                    else
                    {
                        // A named section (an alert channel): its keys one level deeper.
                        builder.Append(pad).Append("  ").Append(entry.Key).AppendLine(":");
                        WriteObject(builder, entry.Value, indent + 4);
                    }
                }
            }
            else if (value is IList list)
            {
                WriteList(builder, key, list, indent);
            }
            else
            {
                builder.Append(pad).Append(key).AppendLine(":");
                WriteObject(builder, value, indent + 2);
            }
        }
    }

    private static void WriteList(StringBuilder builder, string key, IList list, int indent)
    {
        var pad = new string(' ', indent);
        if (list.Count == 0)
        {
            builder.Append(pad).Append(key).AppendLine(": []");
            return;
        }

        builder.Append(pad).Append(key).AppendLine(":");
        foreach (var item in list)
        {
            if (item is null || ScalarConverter.IsScalar(item.GetType()))
            {
                builder.Append(pad).Append("  - ").AppendLine(Quote(ScalarConverter.Format(item)));
            }
            else
            {
                var nested = new StringBuilder();
                WriteObject(nested, item, indent + 4);
                var text = nested.ToString();
                builder.Append(pad).Append("  - ").Append(text.AsSpan(indent + 4));
            }
        }
    }

    private static bool IsEmpty(object? value) => value is null || value is string { Length: 0 };

    private static string Quote(string text) =>
        text.Length == 0 || text.IndexOfAny([':', '#', '\'', '"', '*', '&', '!', '|', '>', '%', '@', '`', '{', '}', '[', ']', ',']) >= 0
            || text.StartsWith(' ') || text.EndsWith(' ')
            ? "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""
            : text;
}
