using System.Text.RegularExpressions;

namespace FakeLinkedIn.State;

/// <summary>People search over the world: keywords, <c>geoUrn</c> and <c>network</c> filters, pages of 10.</summary>
internal static partial class PeopleSearch
{
    public const int PageSize = 10;

    /// <summary>All people matching the query string's filters, in scenario order.</summary>
    public static List<Person> Run(World world, IQueryCollection query)
    {
        var keywords = query["keywords"].ToString();
        var geos = Ids(query["geoUrn"].ToString());
        var networks = Ids(query["network"].ToString());
        var title = query["titleFreeText"].ToString();
        return [.. world.People.Where(p =>
            BooleanQuery.Matches(keywords, $"{p.Name} {p.Headline} {p.Company} {string.Join(' ', p.Tags)}")
            && (geos.Count == 0 || (p.Geo is not null && geos.Contains(p.Geo)))
            && (networks.Count == 0 || networks.Contains(NetworkCode(world.DegreeOf(p))))
            && (title.Length == 0 || TextKey.ContainsWords(TextKey.Normalize(p.Headline), title)))];
    }

    /// <summary>1-based page number from <c>page=</c>; invalid values mean page 1.</summary>
    public static int PageNumber(IQueryCollection query) =>
        int.TryParse(query["page"], out var n) && n >= 1 ? n : 1;

    private static string NetworkCode(int degree) => degree switch { 1 => "F", 2 => "S", _ => "O" };

    // List values arrive as ["a","b"], URL-decoded by ASP.NET; raw tokens are accepted too.
    private static HashSet<string> Ids(string raw) =>
        [.. ListItem().Matches(raw).Select(m => m.Value)];

    [GeneratedRegex("[A-Za-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();
}
