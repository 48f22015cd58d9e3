using System.Collections;
using System.Text;

namespace LinkedInAuto.Configuration;

/// <summary>Loads the config file, applies environment overrides, binds and validates it, reporting every error at once.</summary>
public static class ConfigLoader
{
    /// <summary>The prefix of environment variables that override single keys: `LINKEDIN_AUTO__QUOTAS__WISH__DAILY=5`.</summary>
    public const string EnvironmentPrefix = "LINKEDIN_AUTO__";

    /// <summary>Loads and validates <paramref name="path"/>; overrides come from the process environment.</summary>
    /// <exception cref="ConfigException">The file is missing, unreadable, not YAML, or holds invalid values.</exception>
    public static AppConfig Load(string path) => Load(path, ReadEnvironment());

    /// <summary>Loads and validates <paramref name="path"/> with the given environment overrides.</summary>
    /// <exception cref="ConfigException">The file is missing, unreadable, not YAML, or holds invalid values.</exception>
    public static AppConfig Load(string path, IReadOnlyDictionary<string, string> environment)
    {
        var text = ReadFile(path);
        return Parse(text, path, environment);
    }

    /// <summary>Parses and validates config text; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="ConfigException">The text is not YAML or holds invalid values.</exception>
    public static AppConfig Parse(string text, string source, IReadOnlyDictionary<string, string> environment)
    {
        if (string.IsNullOrWhiteSpace(StripComments(text)))
        {
            throw new ConfigException([new ConfigError(new ConfigLocation(source, 1, 1), string.Empty,
                "the file is empty: expected the configuration sections (start from the shipped /usr/share/doc/linkedin-auto/config.yaml)")]);
        }

        var root = YamlTreeReader.Read(text, source);
        ApplyEnvironment(root, environment);
        var binder = new ConfigBinder();
        var config = binder.Bind<AppConfig>(root);
        RelativePaths.Resolve(config, Path.GetDirectoryName(Path.GetFullPath(source)) ?? "/");
        if (binder.Errors.Count > 0)
        {
            var ordered = binder.Errors
                .OrderBy(e => e.Location?.IsFilePosition == true ? 0 : 1)
                .ThenBy(e => e.Location?.Line ?? 0)
                .ThenBy(e => e.Location?.Column ?? 0)
                .ToList();
            throw new ConfigException(ordered);
        }

        return config;
    }

    /// <summary>Reads the overrides (`LINKEDIN_AUTO__…`) from the process environment.</summary>
    public static IReadOnlyDictionary<string, string> ReadEnvironment()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string key && key.StartsWith(EnvironmentPrefix, StringComparison.Ordinal) && entry.Value is string value)
            {
                result[key] = value;
            }
        }

        return result;
    }

    private static string ReadFile(string path)
    {
        var location = new ConfigLocation(path, 0, 0);
        try
        {
            if (Directory.Exists(path))
            {
                throw Error(location, "is a directory: expected the path of a YAML file such as /etc/linkedin-auto/config.yaml");
            }

            var bytes = File.ReadAllBytes(path);
            try
            {
                return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
            }
            catch (DecoderFallbackException)
            {
                throw Error(location, "is not UTF-8 text: expected a YAML file");
            }
        }
        catch (FileNotFoundException)
        {
            throw Error(location, "not found: create it from the shipped example, or pass --config PATH (or set LINKEDIN_AUTO_CONFIG)");
        }
        catch (DirectoryNotFoundException)
        {
            throw Error(location, "not found: its directory does not exist; pass --config PATH (or set LINKEDIN_AUTO_CONFIG)");
        }
        catch (UnauthorizedAccessException)
        {
            throw Error(location, "cannot be read (permission denied): it must be readable by the service user (root:linkedin-auto 0640); run the command with sudo or as a member of the linkedin-auto group");
        }
        catch (IOException ex)
        {
            throw Error(location, "cannot be read: " + ex.Message);
        }
    }

    private static void ApplyEnvironment(ConfigMapping root, IReadOnlyDictionary<string, string> environment)
    {
        foreach (var (name, value) in environment.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!name.StartsWith(EnvironmentPrefix, StringComparison.Ordinal) || name.Length == EnvironmentPrefix.Length)
            {
                continue;
            }

            var location = new ConfigLocation("environment variable " + name, 0, 0);
            var keys = name[EnvironmentPrefix.Length..].Split("__").Select(k => k.ToLowerInvariant()).ToArray();
            var mapping = root;
            for (var i = 0; i < keys.Length - 1; i++)
            {
                if (mapping.Get(keys[i]) is not ConfigMapping child)
                {
                    child = new ConfigMapping(location);
                    mapping.Set(new ConfigScalar(keys[i], false, location), child);
                }

                mapping = child;
            }

            // A list or section is written in YAML flow style: LINKEDIN_AUTO__BLACKLIST='["Jane Doe"]'.
            var node = value.TrimStart().StartsWith('[') || value.TrimStart().StartsWith('{')
                ? YamlTreeReader.ReadValue(value, location.Source)
                : new ConfigScalar(value, false, location);
            mapping.Set(new ConfigScalar(keys[^1], false, location), node);
        }
    }

    private static string StripComments(string text) =>
        string.Join('\n', text.Split('\n').Where(line => !line.TrimStart().StartsWith('#') && line.Trim() != "---"));

    private static ConfigException Error(ConfigLocation location, string problem) =>
        new([new ConfigError(location, string.Empty, problem)]);
}
