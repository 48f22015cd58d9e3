using System.Collections;
using System.Globalization;
using System.Reflection;

namespace LinkedInAuto.Configuration;

/// <summary>Binds a <see cref="ConfigNode"/> tree onto strongly typed option classes, collecting every error.</summary>
/// <remarks>
/// Keys are the snake_case names of the properties; values keep their defaults when a key is absent. Unknown keys,
/// wrong types and out-of-range numbers are errors reported with their position and a hint; after binding, every
/// object implementing <see cref="IValidatableConfig"/> checks its cross-key rules.
/// </remarks>
internal sealed class ConfigBinder
{
    private readonly List<ConfigError> _errors = [];
    private readonly Dictionary<string, ConfigLocation> _locations = new(StringComparer.Ordinal);

    /// <summary>Gets the errors found so far.</summary>
    public IReadOnlyList<ConfigError> Errors => _errors;

    /// <summary>Gets the position of every key that was read, by dotted path.</summary>
    public IReadOnlyDictionary<string, ConfigLocation> Locations => _locations;

    /// <summary>Binds <paramref name="root"/> onto a new <typeparamref name="T"/> and validates it.</summary>
    public T Bind<T>(ConfigMapping root)
        where T : new()
    {
        var result = new T();
        _locations[string.Empty] = root.Location;
        BindObject(root, result, string.Empty);
        Validate(result, string.Empty);
        return result;
    }

    private void BindObject(ConfigMapping mapping, object target, string path)
    {
        var properties = ConfigNaming.PropertiesOf(target.GetType()).ToDictionary(ConfigNaming.KeyOf, StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Entries)
        {
            var key = keyNode.Value;
            var childPath = ConfigValidationContext.Combine(path, key);
            if (!properties.TryGetValue(key, out var property))
            {
                ReportUnknownKey(keyNode, childPath, key, properties.Keys);
                continue;
            }

            _locations[childPath] = valueNode.Location;
            var current = property.GetValue(target);
            if (TryConvertNode(valueNode, property.PropertyType, current, childPath, out var value))
            {
                if (value is not null && !CheckBounds(property, value, valueNode, childPath))
                {
                    continue;
                }

                property.SetValue(target, value);
            }
        }
    }

    private bool TryConvertNode(ConfigNode node, Type type, object? current, string path, out object? value)
    {
        value = null;
        var nullable = !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
        if (node is ConfigScalar { IsNull: true } && nullable && ScalarConverter.IsScalar(type))
        {
            return true;
        }

        if (ScalarConverter.IsScalar(type))
        {
            if (node is not ConfigScalar scalar)
            {
                ScalarConverter.TryConvert(string.Empty, type, out _, out var expectedShape);
                Add(node.Location, path, $"expected a single value ({expectedShape}), found a {Describe(node)}");
                return false;
            }

            if (ScalarConverter.TryConvert(scalar.Value, type, out value, out var expected))
            {
                return true;
            }

            Add(node.Location, path, $"'{scalar.Value}' is not valid: expected {expected}");
            return false;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            return TryConvertList(node, type, path, out value);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            return TryConvertDictionary(node, type, path, out value);
        }

        if (node is ConfigScalar { IsNull: true })
        {
            value = current ?? Activator.CreateInstance(type);
            return true;
        }

        if (node is not ConfigMapping mapping)
        {
            Add(node.Location, path, $"expected a section of `key: value` lines, found a {Describe(node)}");
            return false;
        }

        // A section binds onto its defaults: `visit: { daily: 5 }` keeps the default weekly limit.
        value = current ?? Activator.CreateInstance(type)!;
        BindObject(mapping, value, path);
        return true;
    }

    private bool TryConvertList(ConfigNode node, Type type, string path, out object? value)
    {
        var itemType = type.GetGenericArguments()[0];
        var list = (IList)Activator.CreateInstance(type)!;
        value = list;
        if (node is ConfigScalar { IsNull: true })
        {
            return true;
        }

        if (node is not ConfigSequence sequence)
        {
            Add(node.Location, path, $"expected a list (lines starting with `- ` or [a, b]), found a {Describe(node)}");
            return false;
        }

        var ok = true;
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var itemPath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            _locations[itemPath] = sequence.Items[i].Location;
            if (TryConvertNode(sequence.Items[i], itemType, null, itemPath, out var item) && item is not null)
            {
                list.Add(item);
            }
            else
            {
                ok = false;
            }
        }

        return ok;
    }

    private bool TryConvertDictionary(ConfigNode node, Type type, string path, out object? value)
    {
        var valueType = type.GetGenericArguments()[1];
        var dictionary = (IDictionary)Activator.CreateInstance(type, StringComparer.Ordinal)!;
        value = dictionary;
        if (node is ConfigScalar { IsNull: true })
        {
            return true;
        }

        if (node is not ConfigMapping mapping)
        {
            Add(node.Location, path, $"expected a section of `name: value` lines, found a {Describe(node)}");
            return false;
        }

        var ok = true;
        foreach (var (key, child) in mapping.Entries)
        {
            var childPath = path + "." + key.Value;
            _locations[childPath] = child.Location;
            if (TryConvertNode(child, valueType, null, childPath, out var item) && item is not null)
            {
                dictionary[key.Value] = item;
            }
            else
            {
                ok = false;
            }
        }

        return ok;
    }

    private bool CheckBounds(PropertyInfo property, object value, ConfigNode node, string path)
    {
        var text = node is ConfigScalar scalar ? scalar.Value : ScalarConverter.Format(value);
        if (OutOfRange(property, value, text) is { } problem)
        {
            Add(node.Location, path, problem);
            return false;
        }

        if (property.GetCustomAttribute<DurationBetweenAttribute>() is { } durations && value is TimeSpan span
            && (span < durations.Minimum || span > durations.Maximum))
        {
            Add(node.Location, path, $"'{text}' is out of range: expected a duration from {DurationParser.Format(durations.Minimum)} to {DurationParser.Format(durations.Maximum)}");
            return false;
        }

        return true;
    }

    private void Validate(object target, string path)
    {
        foreach (var property in ConfigNaming.PropertiesOf(target.GetType()))
        {
            var type = property.PropertyType;
            if (ScalarConverter.IsScalar(type) || property.GetValue(target) is not { } child)
            {
                continue;
            }

            ValidateValue(child, ConfigValidationContext.Combine(path, ConfigNaming.KeyOf(property)));
        }

        if (target is IValidatableConfig validatable)
        {
            validatable.Validate(new ConfigValidationContext(path, _errors, _locations));
        }
    }

    private void ValidateValue(object value, string path)
    {
        switch (value)
        {
            case IList list:
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i] is { } item && !ScalarConverter.IsScalar(item.GetType()))
                    {
                        ValidateValue(item, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                    }
                }

                break;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (entry.Value is { } item && !ScalarConverter.IsScalar(item.GetType()))
                    {
                        ValidateValue(item, path + "." + entry.Key);
                    }
                }

                break;
            default:
                Validate(value, path);
                break;
        }
    }

    private void ReportUnknownKey(ConfigScalar keyNode, string path, string key, IEnumerable<string> known)
    {
        var candidates = known.ToArray();
        var suggestion = ConfigNaming.Suggest(key, candidates);
        var hint = suggestion is not null
            ? $"did you mean '{suggestion}'?"
            : "known keys here: " + string.Join(", ", candidates);
        Add(keyNode.Location, path, $"unknown key '{key}'; {hint}");
    }

    private void Add(ConfigLocation location, string path, string problem) => _errors.Add(new ConfigError(location, path, problem));

    /// <summary>The problem with a number outside its property's <see cref="BetweenAttribute"/> bounds, or null; shared with one-off run options.</summary>
    internal static string? OutOfRange(PropertyInfo property, object value, string text)
    {
        if (property.GetCustomAttribute<BetweenAttribute>() is not { } between)
        {
            return null;
        }

        var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        return number < between.Minimum || number > between.Maximum
            ? $"'{text}' is out of range: expected a number from {Format(between.Minimum)} to {Format(between.Maximum)}"
            : null;
    }

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Describe(ConfigNode node) => node switch
    {
        ConfigMapping => "section",
        ConfigSequence => "list",
        _ => "single value",
    };
}
