namespace LinkedInAuto.Configuration;

/// <summary>Where a configuration value came from: a file position or an environment variable.</summary>
public sealed record ConfigLocation(string Source, int Line, int Column)
{
    /// <summary>Gets a value indicating whether the location is a position in a file.</summary>
    public bool IsFilePosition => Line > 0;

    /// <inheritdoc/>
    public override string ToString() => IsFilePosition ? $"{Source}:{Line}:{Column}" : Source;
}

/// <summary>A node of the configuration tree, with the location it was read from.</summary>
public abstract class ConfigNode(ConfigLocation location)
{
    /// <summary>Gets where this node was read.</summary>
    public ConfigLocation Location { get; } = location;
}

/// <summary>A scalar value as written (quoted or not).</summary>
public sealed class ConfigScalar(string value, bool quoted, ConfigLocation location) : ConfigNode(location)
{
    /// <summary>Gets the scalar's text.</summary>
    public string Value { get; } = value;

    /// <summary>Gets a value indicating whether the scalar was quoted (a quoted empty value is not null).</summary>
    public bool Quoted { get; } = quoted;

    /// <summary>Gets a value indicating whether the scalar is YAML's null (`~`, `null` or empty, unquoted).</summary>
    public bool IsNull => !Quoted && Value is "" or "~" or "null" or "Null" or "NULL";
}

/// <summary>A sequence of nodes.</summary>
public sealed class ConfigSequence(IReadOnlyList<ConfigNode> items, ConfigLocation location) : ConfigNode(location)
{
    /// <summary>Gets the items in order.</summary>
    public IReadOnlyList<ConfigNode> Items { get; } = items;
}

/// <summary>A mapping of keys to nodes, keeping the position of each key.</summary>
public sealed class ConfigMapping(ConfigLocation location) : ConfigNode(location)
{
    private readonly List<KeyValuePair<ConfigScalar, ConfigNode>> _entries = [];

    /// <summary>Gets the entries in file order.</summary>
    public IReadOnlyList<KeyValuePair<ConfigScalar, ConfigNode>> Entries => _entries;

    /// <summary>Finds the entry for a key, or null.</summary>
    public ConfigNode? Get(string key)
    {
        foreach (var entry in _entries)
        {
            if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
            {
                return entry.Value;
            }
        }

        return null;
    }

    /// <summary>Adds or replaces the value of a key.</summary>
    public void Set(ConfigScalar key, ConfigNode value)
    {
        for (var i = 0; i < _entries.Count; i++)
        {
            if (string.Equals(_entries[i].Key.Value, key.Value, StringComparison.Ordinal))
            {
                _entries[i] = new(_entries[i].Key, value);
                return;
            }
        }

        _entries.Add(new(key, value));
    }
}
