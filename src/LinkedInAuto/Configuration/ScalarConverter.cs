using System.Globalization;
using System.Reflection;

namespace LinkedInAuto.Configuration;

/// <summary>Converts a YAML scalar to a .NET value of a config property's type, or explains what was expected.</summary>
internal static class ScalarConverter
{
    /// <summary>Gets a value indicating whether a type is written as a single scalar.</summary>
    public static bool IsScalar(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) || type.IsPrimitive || type.IsEnum || type == typeof(decimal)
            || type == typeof(TimeSpan) || type == typeof(TimeOnly) || type == typeof(DateOnly) || type == typeof(Uri)
            || FindCustomParser(type) is not null;
    }

    /// <summary>Converts <paramref name="text"/>; on failure returns false and a description of what is expected.</summary>
    public static bool TryConvert(string text, Type type, out object? value, out string expected)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        value = null;
        expected = string.Empty;
        var invariant = CultureInfo.InvariantCulture;
        switch (type)
        {
            case not null when type == typeof(string):
                value = text;
                return true;
            case not null when type == typeof(bool):
                expected = "true or false";
                if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
                {
                    value = text.Equals("true", StringComparison.OrdinalIgnoreCase);
                    return true;
                }

                return false;
            case not null when type == typeof(int):
                expected = "a whole number";
                var intOk = int.TryParse(text, NumberStyles.AllowLeadingSign, invariant, out var i);
                value = i;
                return intOk;
            case not null when type == typeof(long):
                expected = "a whole number";
                var longOk = long.TryParse(text, NumberStyles.AllowLeadingSign, invariant, out var l);
                value = l;
                return longOk;
            case not null when type == typeof(double):
                expected = "a number";
                var doubleOk = double.TryParse(text, NumberStyles.Float, invariant, out var d) && double.IsFinite(d);
                value = d;
                return doubleOk;
            case not null when type == typeof(TimeSpan):
                expected = DurationParser.Expected;
                var spanOk = DurationParser.TryParse(text, out var span);
                value = span;
                return spanOk;
            case not null when type == typeof(TimeOnly):
                expected = "a time of day as HH:mm (24-hour), e.g. 09:30, or 24:00 for the end of the day";
                if (text == EndOfDay)
                {
                    value = TimeOnly.MaxValue; // the last instant of the day: a window ending at 24:00 has no gap before midnight
                    return true;
                }

                var timeOk = TimeOnly.TryParseExact(text, ["HH:mm", "H:mm", "HH:mm:ss"], invariant, DateTimeStyles.None, out var time);
                value = time;
                return timeOk;
            case not null when type == typeof(DateOnly):
                expected = "a date as YYYY-MM-DD";
                var dateOk = DateOnly.TryParseExact(text, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var date);
                value = date;
                return dateOk;
            case not null when type == typeof(Uri):
                expected = "an absolute http:// or https:// URL";
                var uriOk = Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
                value = uri;
                return uriOk;
            case { IsEnum: true }:
                return TryConvertEnum(text, type, out value, out expected);
            default:
                return TryCustom(text, type!, out value, out expected);
        }
    }

    /// <summary>How the config writes the end of the day, read as <see cref="TimeOnly.MaxValue"/>.</summary>
    public const string EndOfDay = "24:00";

    /// <summary>Formats a value the way it is written in the config file.</summary>
    public static string Format(object? value) => value switch
    {
        null => "~",
        bool b => b ? "true" : "false",
        TimeSpan span => DurationParser.Format(span),
        TimeOnly time => time == TimeOnly.MaxValue ? EndOfDay : time.ToString("HH:mm", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => ConfigNaming.ToSnakeCase(e.ToString()),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static bool TryConvertEnum(string text, Type type, out object? value, out string expected)
    {
        var names = Enum.GetNames(type).Select(ConfigNaming.ToSnakeCase).ToArray();
        expected = "one of " + string.Join(", ", names);
        var index = Array.IndexOf(names, text.Trim().ToLowerInvariant());
        value = index >= 0 ? Enum.GetValues(type).GetValue(index) : null;
        return index >= 0;
    }

    private static bool TryCustom(string text, Type type, out object? value, out string expected)
    {
        // Value types of the config (cron schedules, time zones…) expose
        // `static bool TryParseConfig(string text, out T value, out string expected)`.
        var parser = FindCustomParser(type) ?? throw new NotSupportedException($"Config type {type} is not supported.");
        var arguments = new object?[] { text, null, null };
        var ok = (bool)parser.Invoke(null, arguments)!;
        value = arguments[1];
        expected = (string?)arguments[2] ?? string.Empty;
        return ok;
    }

    private static MethodInfo? FindCustomParser(Type type) =>
        type.GetMethod("TryParseConfig", BindingFlags.Public | BindingFlags.Static, [typeof(string), type.MakeByRefType(), typeof(string).MakeByRefType()]);
}
