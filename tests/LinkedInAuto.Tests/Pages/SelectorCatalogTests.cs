using LinkedInAuto.Configuration;
using LinkedInAuto.Pages.Selectors;

namespace LinkedInAuto.Tests.Pages;

public sealed class SelectorCatalogTests
{
    [Fact]
    public void Load_ShippedFile_HasEveryElementWithCss()
    {
        var catalog = SelectorCatalog.Load(Path.Combine(RepositoryPaths.Root, "config", "selectors.yaml"));

        Assert.Contains("birthday.wish", catalog.Names);
        Assert.All(catalog.Names, name => Assert.All(catalog[name], a => Assert.False(string.IsNullOrWhiteSpace(a.Css))));
    }

    [Fact]
    public void Load_EntryWithoutCss_NamesItsPosition()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("s.yaml"), "elements:\n  birthday.card:\n    - label_is: { en: [Card] }\n");

        var ex = Assert.Throws<ConfigException>(() => SelectorCatalog.Load(dir.File("s.yaml")));

        Assert.Equal("elements.birthday.card[0].css", Assert.Single(ex.Errors).Path);
    }

    [Theory]
    [InlineData("Connect", "", "en", true)]
    [InlineData("Connected", "", "en", false)]
    [InlineData("Se connecter", "", "fr", true)]
    [InlineData("S’abonner", "", "fr", true)]
    [InlineData("Following", "", null, false)]
    public void TextIs_MatchesWholeNormalisedLabels(string text, string label, string? language, bool expected)
    {
        var catalog = SelectorCatalog.Load(Path.Combine(RepositoryPaths.Root, "config", "selectors.yaml"));

        Assert.Equal(expected, ElementFinder.TextMatcher.Matches(catalog["birthday.not_connected"][0], label, text, language));
    }
}
