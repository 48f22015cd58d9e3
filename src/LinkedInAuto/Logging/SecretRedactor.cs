using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Serilog.Events;
using Serilog.Parsing;

namespace LinkedInAuto.Logging;

/// <summary>Masks secrets in log events before any sink sees them: LinkedIn cookies, keys, passwords, tokens.</summary>
/// <remarks>
/// <para>Two rules.</para>
/// <para>(a) By name: a property (also inside structures and dictionaries) is masked as <c>***</c> when one of the
/// word parts of its name (split at <c>_ - . </c>, case changes and digits; case-insensitive) is one of
/// <see cref="SecretWords"/>, or the name contains the parts <c>li at</c> or <c>li rm</c> in a row
/// (<c>li_at</c>, <c>LiAt</c>). Word parts, not substrings: <c>Keyword</c> and <c>Monkey</c> are not secret;
/// <c>ApiKey</c>, <c>SessionId</c>, <c>AuthToken</c>, <c>Cookies</c> are. A structure that looks like a cookie
/// (<c>Name</c> = a secret name such as <c>li_at</c>) also gets its <c>Value</c> masked (Playwright's Cookie).</para>
/// <para>(b) By content: in every string value, the message template, and the exception text, values after
/// <c>li_at</c>, <c>li_rm</c>, <c>JSESSIONID</c>, <c>password</c>/<c>passwd</c>/<c>pwd</c>, <c>secret</c>,
/// <c>token</c>, <c>api_key</c>/<c>apikey</c>, <c>access_token</c> followed by <c>=</c> or <c>:</c> (optionally
/// JSON-quoted), and <c>Bearer &lt;token&gt;</c>, are replaced by <c>***</c>.</para>
/// </remarks>
public static partial class SecretRedactor
{
    /// <summary>The replacement text.</summary>
    public const string Mask = "***";

    /// <summary>Word parts that make a property name secret (lower case).</summary>
    public static readonly FrozenSet<string> SecretWords = new[]
    {
        "cookie", "cookies", "session", "sessions", "sessionid", "jsessionid", "key", "keys", "apikey", "secret",
        "secrets", "password", "passwords", "passwd", "pwd", "token", "tokens", "credential", "credentials",
        "authorization",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly ScalarValue s_mask = new(Mask);

    /// <summary>True when <paramref name="name"/> names a secret (rule (a)).</summary>
    public static bool IsSecretName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        var previous = string.Empty;
        foreach (Match part in WordPart().Matches(name))
        {
            var word = part.Value;
            if (SecretWords.Contains(word)
                || (previous.Equals("li", StringComparison.OrdinalIgnoreCase)
                    && (word.Equals("at", StringComparison.OrdinalIgnoreCase) || word.Equals("rm", StringComparison.OrdinalIgnoreCase))))
            {
                return true;
            }

            previous = word;
        }

        return false;
    }

    /// <summary>Masks secret values inside free text (rule (b)); returns the same instance when nothing matched.</summary>
    public static string RedactText(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var redacted = SecretAssignment().Replace(text, "${name}${sep}" + Mask);
        redacted = BearerToken().Replace(redacted, "${name}" + Mask);
        return string.Equals(redacted, text, StringComparison.Ordinal) ? text : redacted;
    }

    /// <summary>Returns <paramref name="logEvent"/> with secrets masked in properties, template and exception; the same instance when clean.</summary>
    public static LogEvent Redact(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        // Copy the properties only once the first one needs masking: clean events allocate nothing.
        LogEventProperty[]? properties = null;
        var index = 0;
        foreach (var (name, value) in logEvent.Properties)
        {
            var masked = IsSecretName(name) ? s_mask : Redact(value);
            if (properties is null && !ReferenceEquals(masked, value))
            {
                properties = logEvent.Properties.Select(p => new LogEventProperty(p.Key, p.Value)).ToArray();
            }

            if (properties is not null && !ReferenceEquals(masked, value))
            {
                properties[index] = new LogEventProperty(name, masked);
            }

            index++;
        }

        var changed = properties is not null;
        var template = logEvent.MessageTemplate;
        var templateText = RedactText(template.Text);
        if (!ReferenceEquals(templateText, template.Text))
        {
            template = new MessageTemplateParser().Parse(templateText);
            changed = true;
        }

        var exception = logEvent.Exception;
        if (exception is not null and not RedactedException)
        {
            var text = exception.ToString();
            var redactedText = RedactText(text);
            if (!ReferenceEquals(text, redactedText))
            {
                exception = new RedactedException(
                    exception.GetType().FullName ?? exception.GetType().Name, RedactText(exception.Message), redactedText);
                changed = true;
            }
        }

        if (!changed)
        {
            return logEvent;
        }

        var finalProperties = properties ?? logEvent.Properties.Select(p => new LogEventProperty(p.Key, p.Value));
        return logEvent.TraceId is null && logEvent.SpanId is null
            ? new LogEvent(logEvent.Timestamp, logEvent.Level, exception, template, finalProperties)
            : new LogEvent(logEvent.Timestamp, logEvent.Level, exception, template, finalProperties,
                logEvent.TraceId ?? default, logEvent.SpanId ?? default);
    }

    /// <summary>Masks secrets inside a property value, recursively; returns the same instance when clean.</summary>
    public static LogEventPropertyValue Redact(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string s } => ReferenceEquals(RedactText(s), s) ? value : new ScalarValue(RedactText(s)),
        ScalarValue { Value: Uri uri } => RedactUri(value, uri),
        StructureValue structure => RedactStructure(structure),
        DictionaryValue dictionary => RedactDictionary(dictionary),
        SequenceValue sequence => RedactSequence(sequence),
        _ => value,
    };

    private static LogEventPropertyValue RedactUri(LogEventPropertyValue value, Uri uri)
    {
        var text = uri.ToString();
        var redacted = RedactText(text);
        return ReferenceEquals(text, redacted) ? value : new ScalarValue(redacted);
    }

    private static StructureValue RedactStructure(StructureValue structure)
    {
        // A cookie-like object ({ Name = "li_at", Value = "…" }): its Value is the secret.
        var cookieLike = structure.Properties.Any(p =>
            p.Name.Equals("Name", StringComparison.OrdinalIgnoreCase)
            && p.Value is ScalarValue { Value: string cookieName }
            && (IsSecretName(cookieName) || cookieName.Equals("JSESSIONID", StringComparison.OrdinalIgnoreCase)));

        var changed = false;
        var properties = new List<LogEventProperty>(structure.Properties.Count);
        foreach (var property in structure.Properties)
        {
            var masked = IsSecretName(property.Name)
                || (cookieLike && property.Name.Equals("Value", StringComparison.OrdinalIgnoreCase))
                ? s_mask
                : Redact(property.Value);
            changed |= !ReferenceEquals(masked, property.Value);
            properties.Add(new LogEventProperty(property.Name, masked));
        }

        return changed ? new StructureValue(properties, structure.TypeTag) : structure;
    }

    private static DictionaryValue RedactDictionary(DictionaryValue dictionary)
    {
        var changed = false;
        var elements = new List<KeyValuePair<ScalarValue, LogEventPropertyValue>>(dictionary.Elements.Count);
        foreach (var (key, value) in dictionary.Elements)
        {
            var masked = IsSecretName(key.Value?.ToString()) ? s_mask : Redact(value);
            changed |= !ReferenceEquals(masked, value);
            elements.Add(new(key, masked));
        }

        return changed ? new DictionaryValue(elements) : dictionary;
    }

    private static SequenceValue RedactSequence(SequenceValue sequence)
    {
        var changed = false;
        var elements = new List<LogEventPropertyValue>(sequence.Elements.Count);
        foreach (var element in sequence.Elements)
        {
            var masked = Redact(element);
            changed |= !ReferenceEquals(masked, element);
            elements.Add(masked);
        }

        return changed ? new SequenceValue(elements) : sequence;
    }

    // Runs of letters in one case pattern or of digits: "ApiKey2" ⇒ Api, Key, 2; "JSESSIONID" ⇒ JSESSIONID;
    // "HTTPToken" ⇒ HTTP, Token; "li_at" ⇒ li, at.
    [GeneratedRegex(@"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPart();

    // name, then = or : (optionally inside JSON quotes), then the value up to a delimiter. Values never start with
    // '{', so template holes such as "token={Token}" stay intact.
    [GeneratedRegex(
        """(?<![A-Za-z0-9])(?<name>li_at|li_rm|JSESSIONID|password|passwd|pwd|client_secret|secret|access_token|refresh_token|token|api[_-]?key)(?<sep>"?\s*[=:]\s*"?)(?<value>[^\s;,"'&<>{}\[\]]+)""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretAssignment();

    [GeneratedRegex(@"(?<name>\bBearer\s+)[A-Za-z0-9\-._~+/]+=*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BearerToken();
}
