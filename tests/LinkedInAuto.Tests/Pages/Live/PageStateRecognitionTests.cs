using LinkedInAuto.Engine;
using LinkedInAuto.Pages.States;

namespace LinkedInAuto.Tests.Pages.Live;

/// <summary>The classifier (signal reader, §2 order, selectors.yaml) on real pages of the fake LinkedIn, in FR and EN, on both DOM builds.</summary>
public abstract class PageStateRecognitionTests(FakeSiteFixture fixture)
{
    /// <summary>Gets every state case on both DOM variants.</summary>
    public static TheoryData<bool, string> Cases()
    {
        var data = new TheoryData<bool, string>();
        foreach (var variant in new[] { false, true })
        {
            foreach (var name in StateCase.All.Keys)
            {
                data.Add(variant, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Engine_NamesThePageState(bool domVariant, string name)
    {
        var site = fixture.Site;
        site.Reset(domVariant);
        var c = StateCase.All[name];
        c.Setup(site.Fake.Faults);

        PageClassification classification;
        try
        {
            classification = await c.Run(site);
        }
        catch (PageStateException ex)
        {
            classification = ex.Classification;
        }

        Assert.Equal(c.Expected, classification.State);
        Assert.Contains(c.Reason, classification.Reason, StringComparison.Ordinal);
        if (c.Expected == PageState.LoggedIn)
        {
            Assert.Equal(site.Language, site.Page.Language);
        }
    }
}

/// <summary>The states on the French account's pages.</summary>
[Collection(FrenchSiteDefinition.Name)]
public sealed class FrenchPageStateTests(FrenchSiteFixture fixture) : PageStateRecognitionTests(fixture);

/// <summary>The states on the English account's pages.</summary>
[Collection(EnglishSiteDefinition.Name)]
public sealed class EnglishPageStateTests(EnglishSiteFixture fixture) : PageStateRecognitionTests(fixture);
