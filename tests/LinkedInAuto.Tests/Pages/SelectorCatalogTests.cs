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
    [InlineData("  sent.item:\n    - css: li\n      has: [sent.nothing]\n", "elements.sent.item[0].has", "'sent.nothing' is not an element of this file")]
    [InlineData("  sent.item:\n    - css: li\n      has: [sent.item]\n", "elements.sent.item[0].has", "'sent.item' is itself structural")]
    [InlineData("  sent.name:\n    - css: button\n      label_pattern: { en: [\"Withdraw invitation\"] }\n", "elements.sent.name[0].label_pattern", "expected exactly one {name}")]
    public void Load_InvalidStructureOrPattern_NamesTheKey(string yaml, string path, string problem)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("s.yaml"), "elements:\n" + yaml);

        var error = Assert.Single(Assert.Throws<ConfigException>(() => SelectorCatalog.Load(dir.File("s.yaml"))).Errors);

        Assert.Equal(path, error.Path);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ShippedFile_EndsEveryListElementWithAStructuralAlternative()
    {
        var catalog = SelectorCatalog.Load(Path.Combine(RepositoryPaths.Root, "config", "selectors.yaml"));

        foreach (var list in new[] { "birthday.card", "invitations.card", "sent.item", "search.result" })
        {
            Assert.Equal("li, [role=\"listitem\"]", catalog[list][^1].Css);
            Assert.NotEmpty(catalog[list][^1].Has!);
        }
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
