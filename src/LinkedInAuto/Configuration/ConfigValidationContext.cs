namespace LinkedInAuto.Configuration;

/// <summary>Collects errors for one bound object, resolving each key to the position it was read from.</summary>
public sealed class ConfigValidationContext
{
    private readonly List<ConfigError> _errors;
    private readonly IReadOnlyDictionary<string, ConfigLocation> _locations;

    internal ConfigValidationContext(string path, List<ConfigError> errors, IReadOnlyDictionary<string, ConfigLocation> locations)
    {
        Path = path;
        _errors = errors;
        _locations = locations;
    }

    /// <summary>Gets the dotted path of the object being validated (empty for the root).</summary>
    public string Path { get; }

    /// <summary>Reports a problem with the key <paramref name="key"/> of this object (or the object itself when null).</summary>
    public void Error(string? key, string problem)
    {
        var path = key is null ? Path : Combine(Path, key);
        _errors.Add(new ConfigError(Locate(path), path, problem));
    }

    /// <summary>Gets a context for a child object, for validating nested values from a parent rule.</summary>
    public ConfigValidationContext For(string key) => new(Combine(Path, key), _errors, _locations);

    internal static string Combine(string path, string key) =>
        path.Length == 0 ? key : key.StartsWith('[') ? path + key : path + "." + key;

    private ConfigLocation? Locate(string path)
    {
        // A key that is not in the file has its default value: point at the closest enclosing key that is.
        for (var candidate = path; ; candidate = Parent(candidate))
        {
            if (_locations.TryGetValue(candidate, out var location))
            {
                return location;
            }

            if (candidate.Length == 0)
            {
                return null;
            }
        }
    }

    private static string Parent(string path)
    {
        var dot = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return dot <= 0 ? string.Empty : path[..dot];
    }
}
