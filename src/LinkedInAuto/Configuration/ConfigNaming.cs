using System.Reflection;
using System.Text.Json;

namespace LinkedInAuto.Configuration;

/// <summary>Maps .NET names to the config's snake_case keys and values.</summary>
public static class ConfigNaming
{
    /// <summary>Converts `MaxDaysLate` to `max_days_late` and `LowMemory` to `low_memory` (System.Text.Json's snake_case, the
    /// same everywhere the product shows a name: config keys and values, database columns, JSON output, metric labels).</summary>
    public static string ToSnakeCase(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);

    /// <summary>Gets the YAML key of a property.</summary>
    public static string KeyOf(PropertyInfo property) =>
        property.GetCustomAttribute<ConfigKeyAttribute>()?.Key ?? ToSnakeCase(property.Name);

    /// <summary>Gets the bindable properties of a config type, in declaration order.</summary>
    public static IReadOnlyList<PropertyInfo> PropertiesOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken)
            .ToArray();

    /// <summary>Returns the closest candidate to <paramref name="key"/> by edit distance, or null when none is close.</summary>
    public static string? Suggest(string key, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = EditDistance(key.ToLowerInvariant(), candidate);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        return best is not null && bestDistance <= Math.Max(2, best.Length / 3) ? best : null;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
