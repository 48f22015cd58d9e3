namespace FakeLinkedIn.State;

/// <summary>LinkedIn's keyword syntax: terms ANDed, <c>OR</c>, <c>NOT</c>, <c>AND</c>, parentheses and quoted phrases.</summary>
internal sealed class BooleanQuery
{
    private readonly List<string> _tokens;
    private int _pos;

    private BooleanQuery(string query)
    {
        _tokens = Tokenize(query);
    }

    /// <summary>Evaluates <paramref name="query"/> against a text; an empty query matches everything.</summary>
    public static bool Matches(string query, string text)
    {
        var parser = new BooleanQuery(query);
        if (parser._tokens.Count == 0)
        {
            return true;
        }

        var normalized = TextKey.Normalize(text);
        var result = true;
        while (parser._pos < parser._tokens.Count)
        {
            // Stray closing parentheses are skipped rather than rejected, as a search box would.
            if (parser.Peek() == ")")
            {
                parser._pos++;
                continue;
            }

            result &= parser.ParseOr(normalized);
        }

        return result;
    }

    private bool ParseOr(string text)
    {
        var value = ParseAnd(text);
        while (Peek() == "OR")
        {
            _pos++;
            value |= ParseAnd(text);
        }

        return value;
    }

    private bool ParseAnd(string text)
    {
        var value = ParseUnary(text);
        while (Peek() is { } next && next is not ("OR" or ")"))
        {
            if (next == "AND")
            {
                _pos++;
            }

            value &= ParseUnary(text);
        }

        return value;
    }

    private bool ParseUnary(string text)
    {
        var token = Peek();
        if (token is null)
        {
            return true;
        }

        _pos++;
        if (token == "NOT")
        {
            return !ParseUnary(text);
        }

        if (token == "(")
        {
            var inner = ParseOr(text);
            if (Peek() == ")")
            {
                _pos++;
            }

            return inner;
        }

        return TextKey.ContainsWords(text, token.Trim('"'));
    }

    private string? Peek() => _pos < _tokens.Count ? _tokens[_pos] : null;

    private static List<string> Tokenize(string query)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else if (c == '"')
            {
                var end = query.IndexOf('"', i + 1);
                end = end < 0 ? query.Length : end;
                tokens.Add('"' + query[(i + 1)..end] + '"');
                i = end + 1;
            }
            else
            {
                var start = i;
                while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] is not ('(' or ')' or '"'))
                {
                    i++;
                }

                tokens.Add(query[start..i]);
            }
        }

        return tokens;
    }
}
