using System.Globalization;
using LinkedInAuto.Configuration;

namespace LinkedInAuto.Bots.Visitor;

/// <summary>Builds the people-search URL of one configured search and page (docs/linkedin-pages.md §1).</summary>
/// <remarks>
/// `/search/results/people/?keywords=…&amp;origin=FACETED_SEARCH&amp;geoUrn=%5B%22105015875%22%5D&amp;network=%5B%22S%22%2C%22O%22%5D&amp;titleFreeText=…&amp;profileLanguage=%5B%22fr%22%5D&amp;page=2`:
/// keywords keep LinkedIn's boolean syntax, list filters are JSON-like arrays, URL-encoded; `page` is the only
/// dependable pagination. Empty filters are left out.
/// </remarks>
public static class SearchUrl
{
    /// <summary>Gets the URL (path and query) of page <paramref name="page"/> of <paramref name="search"/>.</summary>
    /// <exception cref="ArgumentException">The location is neither a geo id nor a name in <paramref name="locations"/>.</exception>
    public static string Build(VisitorSearch search, IReadOnlyDictionary<string, string> locations, int page)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(search.Keywords))
        {
            query.Add("keywords=" + Uri.EscapeDataString(search.Keywords.Trim()));
        }

        query.Add("origin=FACETED_SEARCH");
        if (GeoId(search.Location, locations) is { } geo)
        {
            query.Add("geoUrn=" + List([geo]));
        }

        if (search.Network.Count > 0)
        {
            query.Add("network=" + List(search.Network.Distinct().Order().Select(Code)));
        }

        if (!string.IsNullOrWhiteSpace(search.Title))
        {
            query.Add("titleFreeText=" + Uri.EscapeDataString(search.Title.Trim()));
        }

        if (search.Languages.Count > 0)
        {
            query.Add("profileLanguage=" + List(search.Languages.Distinct(StringComparer.Ordinal)));
        }

        query.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        return "/search/results/people/?" + string.Join('&', query);
    }

    /// <summary>Gets the numeric geo id of a configured location (an id, or a name from `visitor.locations`), or null for anywhere.</summary>
    /// <exception cref="ArgumentException">The name is not in <paramref name="locations"/>.</exception>
    public static string? GeoId(string location, IReadOnlyDictionary<string, string> locations)
    {
        ArgumentNullException.ThrowIfNull(locations);
        if (string.IsNullOrWhiteSpace(location))
        {
            return null;
        }

        if (location.All(char.IsAsciiDigit))
        {
            return location;
        }

        return locations.TryGetValue(location, out var id)
            ? id
            : throw new ArgumentException($"location '{location}' is neither a geo id nor a name under visitor.locations", nameof(location));
    }

    private static string Code(NetworkDegree degree) => degree switch
    {
        NetworkDegree.First => "F",
        NetworkDegree.Second => "S",
        _ => "O",
    };

    private static string List(IEnumerable<string> values) =>
        Uri.EscapeDataString("[" + string.Join(',', values.Select(v => "\"" + v + "\"")) + "]");
}
