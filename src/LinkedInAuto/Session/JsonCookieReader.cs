using System.Text.Json;

namespace LinkedInAuto.Session;

/// <summary>Reads cookie objects from JSON exports, naming the source and the cookie in every error.</summary>
/// <remarks>Messages never quote the JSON itself: a parser error near a value would otherwise show part of a cookie.</remarks>
internal sealed class JsonCookieReader(CookieSource source, string expectedShape)
{
    /// <summary>Parses the whole source, reporting where the JSON breaks.</summary>
    public JsonDocument Parse()
    {
        try
        {
            return JsonDocument.Parse(source.Text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber ?? 0;
            var column = ex.BytePositionInLine ?? 0;
            var why = AtEnd(line, column) ? "the JSON ends early (truncated file?)" : "not valid JSON";
            throw Fail($"line {line + 1}, column {column + 1}: {why}; {expectedShape}");
        }
    }

    /// <summary>Parses the source and reads every cookie object of the array <paramref name="cookies"/> picks in the document.</summary>
    /// <param name="root">The kind the document must be at the top level (an array, or an object holding one).</param>
    /// <param name="cookies">Finds the array of cookie objects in the top-level element.</param>
    /// <param name="where">Names the cookie at an index in messages (`cookie #3`, `cookies[2]`).</param>
    /// <param name="read">Makes the cookie from its fields.</param>
    public IReadOnlyList<ParsedCookie> ReadAll(JsonValueKind root, Func<JsonElement, JsonElement> cookies, Func<int, string> where, Func<CookieFields, string, SessionCookie> read)
    {
        using var document = Parse();
        if (document.RootElement.ValueKind != root)
        {
            throw Fail($"found {Describe(document.RootElement.ValueKind)} at the top level; {expectedShape}");
        }

        var result = new List<ParsedCookie>();
        var index = 0;
        foreach (var element in cookies(document.RootElement).EnumerateArray())
        {
            var name = where(index++);
            result.Add(new ParsedCookie(read(Fields(element, name), name), name));
        }

        return result;
    }

    /// <summary>Reads one cookie object's fields.</summary>
    public CookieFields Fields(JsonElement element, string where) =>
        element.ValueKind == JsonValueKind.Object
            ? new CookieFields(this, element, where)
            : throw Fail($"{where}: expected a JSON object with name, value and domain, found {Describe(element.ValueKind)}");

    /// <summary>Creates the exception for a problem in this source.</summary>
    public InvalidSessionException Fail(string problem) => new($"{source.Name}: {problem}");

    /// <summary>Names a JSON kind for messages.</summary>
    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => "null",
    };

    // The parser stopped at the very end of the text: it ran out of input rather than meeting a wrong character.
    private bool AtEnd(long line, long bytePosition)
    {
        var lines = source.Text.TrimEnd().Split('\n');
        return line >= lines.Length - 1 && bytePosition >= System.Text.Encoding.UTF8.GetByteCount(lines[^1].TrimEnd());
    }

    /// <summary>The fields of one cookie object.</summary>
    internal readonly struct CookieFields(JsonCookieReader reader, JsonElement element, string where)
    {
        /// <summary>Reads a string that must be present.</summary>
        public string String(string name) =>
            Optional(name, JsonValueKind.String)?.GetString() ?? throw reader.Fail($"{where}: \"{name}\" is missing; expected a string");

        /// <summary>Reads an optional string.</summary>
        public string? OptionalString(string name) => Optional(name, JsonValueKind.String)?.GetString();

        /// <summary>Reads an optional boolean.</summary>
        public bool Bool(string name) => Optional(name, JsonValueKind.True) is { } value && value.GetBoolean();

        /// <summary>Reads an optional number.</summary>
        public double? Number(string name) => Optional(name, JsonValueKind.Number)?.GetDouble();

        private JsonElement? Optional(string name, JsonValueKind kind)
        {
            if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            var ok = kind == JsonValueKind.True ? value.ValueKind is JsonValueKind.True or JsonValueKind.False : value.ValueKind == kind;
            return ok ? value : throw reader.Fail($"{where}: \"{name}\" must be {Describe(kind)}, found {Describe(value.ValueKind)}");
        }
    }
}
