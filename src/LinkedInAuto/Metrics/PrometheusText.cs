using System.Globalization;
using System.Text;

namespace LinkedInAuto.Metrics;

/// <summary>Writes Prometheus' text exposition format 0.0.4: `# HELP`, `# TYPE`, then `name{label="value"} number` lines.</summary>
public sealed class PrometheusText
{
    private readonly StringBuilder _text = new();

    /// <summary>Starts a metric family.</summary>
    public PrometheusText Family(string name, string type, string help)
    {
        _text.Append("# HELP ").Append(name).Append(' ').Append(help.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)).Append('\n');
        _text.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
        return this;
    }

    /// <summary>Adds one sample.</summary>
    public PrometheusText Sample(string name, double value, params (string Name, string Value)[] labels)
    {
        _text.Append(name);
        if (labels.Length > 0)
        {
            _text.Append('{').AppendJoin(',', labels.Select(l => $"{l.Name}=\"{Escape(l.Value)}\"")).Append('}');
        }

        _text.Append(' ').Append(Format(value)).Append('\n');
        return this;
    }

    /// <inheritdoc/>
    public override string ToString() => _text.ToString();

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Format(double value) => double.IsNaN(value) ? "NaN" : value.ToString("R", CultureInfo.InvariantCulture);
}
