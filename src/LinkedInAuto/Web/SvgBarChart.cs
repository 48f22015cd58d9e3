using System.Globalization;
using System.Text;

namespace LinkedInAuto.Web;

/// <summary>Stacked bar charts as inline SVG, drawn on the server: no script, no style attribute (the CSP allows
/// neither), only presentation attributes; scaled to the screen by its viewBox.</summary>
internal static class SvgBarChart
{
    /// <summary>The colour of each action kind, also used by the legend.</summary>
    public static readonly IReadOnlyDictionary<string, string> Colours = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["wish"] = "#0a66c2",
        ["visit"] = "#7e57c2",
        ["accept"] = "#2e7d32",
        ["ignore"] = "#9e9e9e",
        ["withdraw"] = "#b76e00",
        ["on the day"] = "#2e7d32",
        ["late"] = "#b76e00",
    };

    private const int Width = 600;
    private const int Height = 220;
    private const int Bottom = 30;
    private const int Left = 44;

    /// <summary>Draws one stacked bar per entry; <paramref name="title"/> is the accessible name.</summary>
    public static string Render(string title, IReadOnlyList<(string Label, IReadOnlyDictionary<string, int> Segments)> bars)
    {
        var max = Math.Max(1, bars.Select(b => b.Segments.Values.Sum()).DefaultIfEmpty(0).Max());
        var plot = Height - Bottom - 8;
        var slot = (double)(Width - Left) / Math.Max(1, bars.Count);
        var barWidth = Math.Max(1, slot * 0.7);
        var labelEvery = Math.Max(1, (int)Math.Ceiling(bars.Count / 6.0));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg class="chart" viewBox="0 0 {Width} {Height}" role="img" aria-label="{Html.E(title)}" xmlns="http://www.w3.org/2000/svg"><title>{Html.E(title)}</title>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Left}" y1="{Height - Bottom}" x2="{Width}" y2="{Height - Bottom}" stroke="currentColor" stroke-opacity="0.4"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left - 4}" y="20" text-anchor="end" font-size="20" fill="currentColor">{max}</text><text x="{Left - 4}" y="{Height - Bottom}" text-anchor="end" font-size="20" fill="currentColor">0</text>""");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, segments) = bars[i];
            var x = Left + (i * slot) + ((slot - barWidth) / 2);
            var y = (double)(Height - Bottom);
            svg.Append(CultureInfo.InvariantCulture, $"""<g class="bar"><title>{Html.E($"{label}: {string.Join(", ", segments.Where(s => s.Value > 0).Select(s => $"{s.Value} {s.Key}"))}")}</title>""");
            foreach (var (kind, count) in segments.Where(s => s.Value > 0))
            {
                var height = plot * count / (double)max;
                y -= height;
                svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x:0.#}" y="{y:0.#}" width="{barWidth:0.#}" height="{height:0.#}" fill="{Colours.GetValueOrDefault(kind, "#607d8b")}"/>""");
            }

            svg.Append("</g>");
            if (i % labelEvery == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x + (barWidth / 2):0.#}" y="{Height - 6}" text-anchor="middle" font-size="20" fill="currentColor">{Html.E(label)}</text>""");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>The legend of the kinds present.</summary>
    public static string Legend(IEnumerable<string> kinds) =>
        "<ul class=\"legend\">" + string.Concat(kinds.Select(k => $"""<li><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill="{Colours.GetValueOrDefault(k, "#607d8b")}"/></svg> {Html.E(k)}</li>""")) + "</ul>";
}
