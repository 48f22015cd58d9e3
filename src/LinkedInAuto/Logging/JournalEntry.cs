namespace LinkedInAuto.Logging;

/// <summary>The fields of one journal entry, in the order they will be written.</summary>
/// <remarks>Order matters only for truncation: earlier fields get their share of the size budget first.</remarks>
public sealed class JournalEntry
{
    private readonly List<KeyValuePair<string, string>> _fields = [];

    /// <summary>The fields added so far.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields => _fields;

    /// <summary>Adds a field; the name is sanitised if needed, a null value is skipped. Returns this entry.</summary>
    public JournalEntry Add(string name, string? value)
    {
        if (value is not null)
        {
            _fields.Add(new(JournalFieldName.IsValid(name) ? name : JournalFieldName.Sanitize(name), value));
        }

        return this;
    }

    /// <summary>The first value of field <paramref name="name"/>, or null.</summary>
    public string? GetValue(string name)
    {
        foreach (var field in _fields)
        {
            if (string.Equals(field.Key, name, StringComparison.Ordinal))
            {
                return field.Value;
            }
        }

        return null;
    }
}
