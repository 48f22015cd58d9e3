using LinkedInAuto.Configuration;

namespace LinkedInAuto.Pages.Selectors;

/// <summary>The shipped `selectors.yaml`: for each element the bots need, an ordered list of alternatives.</summary>
/// <remarks>
/// LinkedIn renames classes without notice, so selectors live in a data file the user can override from
/// `/etc/linkedin-auto/selectors.yaml` without a new release; `linkedin-auto selectors check` shows which
/// alternative matches on the live site.
/// </remarks>
public sealed class SelectorCatalog
{
    /// <summary>The file name, both shipped and as an override.</summary>
    public const string FileName = "selectors.yaml";

    private readonly Dictionary<string, List<SelectorAlternative>> _elements;

    private SelectorCatalog(string source, Dictionary<string, List<SelectorAlternative>> elements)
    {
        Source = source;
        _elements = elements;
    }

    /// <summary>Gets the file the catalog was read from.</summary>
    public string Source { get; }

    /// <summary>Gets every element name.</summary>
    public IEnumerable<string> Names => _elements.Keys;

    /// <summary>Gets the alternatives of an element, in priority order.</summary>
    /// <exception cref="KeyNotFoundException">The element is not in the file (a bug or an outdated override).</exception>
    public IReadOnlyList<SelectorAlternative> this[string element] =>
        _elements.TryGetValue(element, out var alternatives)
            ? alternatives
            : throw new KeyNotFoundException($"{Source}: no selectors for '{element}'; the file may be older than this version of linkedin-auto");

    /// <summary>Reads and validates a selectors file.</summary>
    /// <exception cref="ConfigException">The file is missing, not YAML or has an invalid entry.</exception>
    public static SelectorCatalog Load(string path)
    {
        var text = File.Exists(path) ? File.ReadAllText(path) : throw new ConfigException([new ConfigError(new ConfigLocation(path, 0, 0), string.Empty, "not found")]);
        var root = YamlTreeReader.Read(text, path);
        var binder = new ConfigBinder();
        var file = binder.Bind<SelectorFile>(root);
        if (binder.Errors.Count > 0)
        {
            throw new ConfigException(binder.Errors);
        }

        var errors = new List<ConfigError>();
        foreach (var (name, alternatives) in file.Elements)
        {
            if (alternatives.Count == 0)
            {
                errors.Add(new ConfigError(binder.Locations.GetValueOrDefault("elements." + name), "elements." + name, "no alternative: expected at least one"));
            }

            for (var i = 0; i < alternatives.Count; i++)
            {
                var key = $"elements.{name}[{i}].has";
                errors.AddRange(CheckHas(alternatives[i], file.Elements).Select(problem => new ConfigError(binder.Locations.GetValueOrDefault(key), key, problem)));
            }
        }

        return errors.Count > 0 ? throw new ConfigException(errors) : new SelectorCatalog(path, file.Elements);
    }

    // A structural alternative names other elements, found with their own alternatives; those must exist and be
    // plain (no `has` of their own), so a look-up never recurses.
    private static IEnumerable<string> CheckHas(SelectorAlternative alternative, Dictionary<string, List<SelectorAlternative>> elements)
    {
        foreach (var inner in alternative.Has ?? [])
        {
            if (!elements.TryGetValue(inner, out var innerAlternatives))
            {
                yield return $"'{inner}' is not an element of this file";
            }
            else if (innerAlternatives.Any(a => a.Has is { Count: > 0 }))
            {
                yield return $"'{inner}' is itself structural (has `has`): name a plain element";
            }
        }
    }

    /// <summary>Finds the selectors file: the override in /etc, else the packaged one, else the one beside the executable.</summary>
    public static string Locate(string? configDirectory)
    {
        string[] candidates =
        [
            Path.Combine(configDirectory ?? "/etc/linkedin-auto", FileName),
            Path.Combine("/usr/share/linkedin-auto", FileName),
            Path.Combine(AppContext.BaseDirectory, FileName),
        ];
        return candidates.FirstOrDefault(File.Exists) ?? candidates[^1];
    }

    /// <summary>The file's shape: `elements:` mapping names to alternative lists.</summary>
    internal sealed class SelectorFile
    {
        /// <summary>Gets or sets the elements.</summary>
        public Dictionary<string, List<SelectorAlternative>> Elements { get; set; } = new(StringComparer.Ordinal);
    }
}
