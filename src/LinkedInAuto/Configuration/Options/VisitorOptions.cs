using System.Text.RegularExpressions;

namespace LinkedInAuto.Configuration;

/// <summary>The visitor bot: people searches whose results are visited, for sourcing.</summary>
public sealed class VisitorOptions : IValidatableConfig
{
    /// <summary>Gets or sets the searches run in turn.</summary>
    public List<VisitorSearch> Searches { get; set; } = [];

    /// <summary>Gets or sets place names mapped to LinkedIn geo ids, e.g. `paris: "105015875"`.</summary>
    public Dictionary<string, string> Locations { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the most result pages read per search and run.</summary>
    [Between(1, 100)]
    public int MaxPages { get; set; } = 5;

    /// <summary>Gets or sets after how many consecutive pages with nothing new a search stops.</summary>
    [Between(1, 20)]
    public int StopAfterEmptyPages { get; set; } = 2;

    /// <summary>Gets or sets how long a visited profile is not visited again.</summary>
    [DurationBetween("1d", "730d")]
    public TimeSpan RevisitAfter { get; set; } = TimeSpan.FromDays(90);

    /// <inheritdoc/>
    public void Validate(ConfigValidationContext context)
    {
        foreach (var (name, id) in Locations)
        {
            if (!Regex.IsMatch(id, "^[0-9]{1,15}$", RegexOptions.CultureInvariant))
            {
                context.For("locations").Error(name, $"'{id}' is not valid: expected a numeric LinkedIn geo id such as \"105015875\"");
            }
        }

        for (var i = 0; i < Searches.Count; i++)
        {
            var location = Searches[i].Location;
            if (location.Length > 0 && !Regex.IsMatch(location, "^[0-9]+$", RegexOptions.CultureInvariant) && !Locations.ContainsKey(location))
            {
                context.For($"searches[{i}]").Error("location", $"'{location}' is not valid: expected a numeric geo id or a name defined under visitor.locations");
            }
        }
    }
}

/// <summary>One people search: keywords with LinkedIn's boolean syntax and optional filters.</summary>
public sealed class VisitorSearch : IValidatableConfig
{
    /// <summary>Gets or sets the keywords, e.g. `DevOps (AWS OR Azure) NOT "junior"`.</summary>
    public string Keywords { get; set; } = string.Empty;

    /// <summary>Gets or sets a geo id or a name from visitor.locations; empty: anywhere.</summary>
    public string Location { get; set; } = string.Empty;

    /// <summary>Gets or sets a free-text job title filter.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>Gets or sets profile languages (`fr`, `en`, …).</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>Gets or sets the network degrees searched.</summary>
    public List<NetworkDegree> Network { get; set; } = [NetworkDegree.Second, NetworkDegree.Third];

    /// <inheritdoc/>
    public void Validate(ConfigValidationContext context)
    {
        if (string.IsNullOrWhiteSpace(Keywords) && string.IsNullOrWhiteSpace(Title))
        {
            context.Error("keywords", "empty search: expected keywords (e.g. DevOps (AWS OR Azure)) or a title");
        }

        if (Keywords.Count(c => c == '(') != Keywords.Count(c => c == ')') || Keywords.Count(c => c == '"') % 2 != 0)
        {
            context.Error("keywords", $"'{Keywords}' is not valid: expected balanced parentheses and quotes");
        }

        for (var i = 0; i < Languages.Count; i++)
        {
            if (!Regex.IsMatch(Languages[i], "^[a-z]{2}$", RegexOptions.CultureInvariant))
            {
                context.Error($"languages[{i}]", $"'{Languages[i]}' is not valid: expected a two-letter language code such as fr or en");
            }
        }
    }
}

/// <summary>A LinkedIn network degree, as searched.</summary>
public enum NetworkDegree
{
    /// <summary>1st-degree connections.</summary>
    First,

    /// <summary>2nd-degree connections.</summary>
    Second,

    /// <summary>3rd-degree and beyond.</summary>
    Third,
}
