using System.Globalization;

namespace LinkedInAuto.Web;

/// <summary>A quota as a native &lt;meter&gt; (no inline style, which the CSP forbids), warning from 70 % and 90 % used.</summary>
internal static class QuotaGauge
{
    /// <summary>The share used from which the gauge warns.</summary>
    public const double Warning = 0.7;

    /// <summary>The share used from which the gauge alarms.</summary>
    public const double Danger = 0.9;

    /// <summary>The level of <paramref name="used"/> out of <paramref name="limit"/>: empty, `warn` or `danger`.</summary>
    public static string Level(int used, int limit) =>
        limit <= 0 ? (used > 0 ? "danger" : string.Empty) : (double)used / limit >= Danger ? "danger" : (double)used / limit >= Warning ? "warn" : string.Empty;

    /// <summary>Renders one gauge.</summary>
    public static string Render(string label, int used, int limit)
    {
        var level = Level(used, limit);
        var percent = limit <= 0 ? 0 : (int)Math.Round(100.0 * used / limit);
        var word = level switch { "danger" => " — over 90 %", "warn" => " — over 70 %", _ => string.Empty };
        var max = Math.Max(limit, 1);
        return string.Create(CultureInfo.InvariantCulture, $"""
            <div class="gauge {level}"><div class="label"><span>{Html.E(label)}</span><span>{used}/{limit} ({percent} %){word}</span></div><meter min="0" max="{max}" low="{max * Warning:0.##}" high="{max * Danger:0.##}" optimum="0" value="{Math.Min(used, max)}">{used}/{limit}</meter></div>
            """);
    }
}
