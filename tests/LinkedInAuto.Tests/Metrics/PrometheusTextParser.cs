using System.Globalization;
using System.Text.RegularExpressions;

namespace LinkedInAuto.Tests.Metrics;

/// <summary>A strict reader of Prometheus' text exposition format 0.0.4, as node_exporter's textfile collector parses it.</summary>
/// <remarks>HELP and TYPE at most once per family and before its samples; names and label names by the spec's grammar;
/// label values quoted with \\, \" and \n escapes; values as Go floats (NaN, +Inf, -Inf); no series twice.</remarks>
internal static partial class PrometheusTextParser
{
    private static readonly string[] s_types = ["counter", "gauge", "histogram", "summary", "untyped"];

    public static IReadOnlyDictionary<string, double> Parse(string text)
    {
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var helps = new HashSet<string>(StringComparer.Ordinal);
        var sampled = new HashSet<string>(StringComparer.Ordinal);
        var series = new Dictionary<string, double>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in text[..^1].Split('\n'))
        {
            lineNumber++;
            if (line.StartsWith('#'))
            {
                var comment = CommentRegex().Match(line);
                if (!comment.Success)
                {
                    continue; // a plain comment
                }

                var (kind, name, rest) = (comment.Groups[1].Value, comment.Groups[2].Value, comment.Groups[3].Value);
                Assert.False(sampled.Contains(name), $"line {lineNumber}: {kind} of {name} after its samples");
                if (kind == "TYPE")
                {
                    Assert.Contains(rest, s_types);
                    Assert.True(types.TryAdd(name, rest), $"line {lineNumber}: second TYPE for {name}");
                }
                else
                {
                    Assert.True(helps.Add(name), $"line {lineNumber}: second HELP for {name}");
                }

                continue;
            }

            var sample = SampleRegex().Match(line);
            Assert.True(sample.Success, $"line {lineNumber} is not a sample: {line}");
            var metric = sample.Groups["name"].Value;
            var family = types.ContainsKey(metric) ? metric : Regex.Replace(metric, "_(total|sum|count|bucket)$", string.Empty);
            Assert.True(types.ContainsKey(family) || types.ContainsKey(metric), $"line {lineNumber}: {metric} has no TYPE");
            sampled.Add(family);
            var labels = ParseLabels(sample.Groups["labels"].Value, lineNumber);
            var value = ParseValue(sample.Groups["value"].Value, lineNumber);
            var key = metric + "{" + string.Join(',', labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}=\"{l.Value}\"")) + "}";
            Assert.True(series.TryAdd(key, value), $"line {lineNumber}: duplicate series {key}");
        }

        return series;
    }

    private static Dictionary<string, string> ParseLabels(string text, int lineNumber)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var position = 0;
        while (position < text.Length)
        {
            var label = LabelRegex().Match(text, position);
            Assert.True(label.Success && label.Index == position, $"line {lineNumber}: bad label at '{text[position..]}'");
            var value = Regex.Replace(label.Groups[2].Value, @"\\(.)", m => m.Groups[1].Value == "n" ? "\n" : m.Groups[1].Value);
            Assert.True(labels.TryAdd(label.Groups[1].Value, value), $"line {lineNumber}: label {label.Groups[1].Value} twice");
            position += label.Length;
            if (position < text.Length)
            {
                Assert.Equal(',', text[position]);
                position++;
            }
        }

        return labels;
    }

    private static double ParseValue(string text, int lineNumber) => text switch
    {
        "NaN" => double.NaN,
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw new Xunit.Sdk.XunitException($"line {lineNumber}: bad value {text}"),
    };

    [GeneratedRegex(@"^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) ?(.*)$")]
    private static partial Regex CommentRegex();

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[^}]*)\})? (?<value>\S+)( -?[0-9]+)?$")]
    private static partial Regex SampleRegex();

    [GeneratedRegex(@"([a-zA-Z_][a-zA-Z0-9_]*)=""((?:[^""\\\n]|\\[\\""n])*)""")]
    private static partial Regex LabelRegex();
}
