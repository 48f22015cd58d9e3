using LinkedInAuto.Bots.Visitor;
using LinkedInAuto.Configuration;

namespace LinkedInAuto.Tests.Bots;

public sealed class SearchUrlTests
{
    private static readonly Dictionary<string, string> s_locations = new(StringComparer.Ordinal) { ["paris"] = "105015875" };

    [Fact]
    public void Build_AllFilters_EncodesKeywordsAndListsLikeLinkedIn()
    {
        var search = new VisitorSearch
        {
            Keywords = "DevOps (AWS OR Azure) NOT \"junior\"",
            Location = "paris",
            Title = "Site Reliability Engineer",
            Languages = ["fr", "en"],
            Network = [NetworkDegree.Third, NetworkDegree.Second],
        };

        Assert.Equal(
            "/search/results/people/?keywords=DevOps%20%28AWS%20OR%20Azure%29%20NOT%20%22junior%22&origin=FACETED_SEARCH"
            + "&geoUrn=%5B%22105015875%22%5D&network=%5B%22S%22%2C%22O%22%5D&titleFreeText=Site%20Reliability%20Engineer"
            + "&profileLanguage=%5B%22fr%22%2C%22en%22%5D&page=3",
            SearchUrl.Build(search, s_locations, 3));
    }

    [Fact]
    public void Build_NumericLocationAndNoOtherFilters_LeavesThemOut()
    {
        var search = new VisitorSearch { Keywords = "Data", Location = "90000084", Network = [NetworkDegree.First] };

        Assert.Equal(
            "/search/results/people/?keywords=Data&origin=FACETED_SEARCH&geoUrn=%5B%2290000084%22%5D&network=%5B%22F%22%5D&page=1",
            SearchUrl.Build(search, s_locations, 1));
    }

    [Fact]
    public void Build_TitleOnlyAnywhereAnyDegree_HasNoKeywordsGeoOrNetwork()
    {
        var search = new VisitorSearch { Title = "CTO", Network = [] };

        Assert.Equal("/search/results/people/?origin=FACETED_SEARCH&titleFreeText=CTO&page=2", SearchUrl.Build(search, s_locations, 2));
    }

    [Fact]
    public void Build_UnknownLocationName_IsRefused() =>
        Assert.Throws<ArgumentException>(() => SearchUrl.Build(new VisitorSearch { Keywords = "x", Location = "lyon" }, s_locations, 1));
}
