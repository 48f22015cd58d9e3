namespace LinkedInAuto.Tests.Pages.Live;

/// <summary>One fake LinkedIn in one account language with its browser, shared by the tests of a collection.</summary>
/// <remarks>The account language belongs to the scenario, so each language has its own fake and collection; the two
/// collections run in parallel. Fault switches are global to a fake, so the tests sharing one run one at a time.</remarks>
public abstract class FakeSiteFixture(string language) : IAsyncLifetime
{
    private FakeSite? _site;

    /// <summary>Gets the site.</summary>
    public FakeSite Site => _site ?? throw new InvalidOperationException("fixture not started");

    /// <inheritdoc/>
    public async Task InitializeAsync() => _site = await FakeSite.StartAsync(language);

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }
}

/// <summary>The French account's site.</summary>
public sealed class FrenchSiteFixture() : FakeSiteFixture("fr");

/// <summary>The English account's site.</summary>
public sealed class EnglishSiteFixture() : FakeSiteFixture("en");

/// <summary>The tests driving the French site.</summary>
[CollectionDefinition(Name)]
public sealed class FrenchSiteDefinition : ICollectionFixture<FrenchSiteFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "fake LinkedIn (fr)";
}

/// <summary>The tests driving the English site.</summary>
[CollectionDefinition(Name)]
public sealed class EnglishSiteDefinition : ICollectionFixture<EnglishSiteFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "fake LinkedIn (en)";
}
