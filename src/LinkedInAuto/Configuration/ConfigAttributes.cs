namespace LinkedInAuto.Configuration;

/// <summary>Marks a value that must never be shown: `config show` masks it and logs never carry it.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SecretAttribute : Attribute
{
}

/// <summary>Bounds a number (inclusive); the binder rejects values outside with the key and position.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class BetweenAttribute(double minimum, double maximum) : Attribute
{
    /// <summary>Gets the smallest accepted value.</summary>
    public double Minimum { get; } = minimum;

    /// <summary>Gets the largest accepted value.</summary>
    public double Maximum { get; } = maximum;
}

/// <summary>Bounds a duration (inclusive), written as durations such as `500ms`, `30s`, `5m`, `2h`, `1d`.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DurationBetweenAttribute(string minimum, string maximum) : Attribute
{
    /// <summary>Gets the shortest accepted duration.</summary>
    public TimeSpan Minimum { get; } = DurationParser.Parse(minimum);

    /// <summary>Gets the longest accepted duration.</summary>
    public TimeSpan Maximum { get; } = DurationParser.Parse(maximum);
}

/// <summary>Gives a property a YAML key other than its snake_case name.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ConfigKeyAttribute(string key) : Attribute
{
    /// <summary>Gets the YAML key.</summary>
    public string Key { get; } = key;
}

/// <summary>Marks a path that, when relative, is resolved against the config file's directory.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RelativeToConfigFileAttribute : Attribute
{
}

/// <summary>A section or value that checks rules spanning several keys once it is bound.</summary>
public interface IValidatableConfig
{
    /// <summary>Reports every rule violation to <paramref name="context"/>.</summary>
    void Validate(ConfigValidationContext context);
}
