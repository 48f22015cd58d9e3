using LinkedInAuto.Bots.Visitor;
using LinkedInAuto.Pages.Text;
using Microsoft.Playwright;

namespace LinkedInAuto.Tests.Pages.Live;

/// <summary>Every element the bots need, found through selectors.yaml in its scope on real pages, in FR and EN, on both DOM builds and both markups.</summary>
public abstract class SelectorDiscoveryTests(FakeSiteFixture fixture)
{
    private const string Birthdays = "/mynetwork/catch-up/birthday/";

    /// <summary>Gets the first markup's two builds and the second markup.</summary>
    public static TheoryData<string> AllBuilds() => new() { Builds.First, Builds.Variant, Builds.Second };

    [Theory]
    [MemberData(nameof(AllBuilds))]
    public async Task Birthday_EveryCardHasLinkNameAndEitherAWishOrAConnectButton(string build)
    {
        var site = Site(build);
        await site.OpenAsync(Birthdays);

        var cards = (await site.RequireAsync("birthday.card", site.Page.Main)).Matches;
        var notConnected = new List<string>();
        foreach (var card in cards)
        {
            await site.RequireAsync("birthday.profile_link", card);
            var name = await ReadAsync(site, "birthday.name", card);
            var wish = await site.Page.FindAsync("birthday.wish", card);
            var connect = await site.Page.FindAsync("birthday.not_connected", card);
            Assert.True(wish.Found != connect.Found, $"{name}: a card has a wish action or a Connect/Follow button, never both or none");
            if (connect.Found)
            {
                notConnected.Add(name);
            }
            else
            {
                Assert.Single(wish.Matches);
            }
        }

        Assert.Equal(14, cards.Count);
        Assert.Equal(["Karim Benali", "Inès Moreau"], notConnected);
    }

    [Theory]
    [MemberData(nameof(AllBuilds))]
    public async Task WishButton_IsFoundAsTheMessageButtonFallback_AndOpensAnEmptyComposer(string build)
    {
        var site = Site(build);
        site.Fake.Faults.WishButton = true;
        await site.OpenAsync(Birthdays);
        var card = (await site.RequireAsync("birthday.card", site.Page.Main)).Matches[0];

        var wish = await site.RequireAsync("birthday.wish", card);
        Assert.Equal(build == Builds.Second ? 3 : 2, wish.AlternativeIndex); // B: an icon button named by its label only
        await site.ClickAsync(Assert.Single(wish.Matches));

        var bubble = Assert.Single((await site.AwaitAsync("messaging.bubble")).Matches);
        var composer = await site.Page.FindOneAsync("messaging.composer", bubble);
        Assert.Equal(string.Empty, PageText.Normalize(await composer.InnerTextAsync()));
        var send = Assert.Single((await site.RequireAsync("messaging.send", bubble)).Matches);
        Assert.False(await send.IsEnabledAsync() && await send.GetAttributeAsync("aria-disabled") != "true", "Send must be disabled while the composer is empty");
    }

    [Theory]
    [MemberData(nameof(AllBuilds))]
    public async Task WishLink_OpensABubbleWithHeaderPrefilledComposerSendAndClose(string build)
    {
        var site = Site(build);
        await site.OpenAsync(Birthdays);
        var card = (await site.RequireAsync("birthday.card", site.Page.Main)).Matches[0];
        var name = await ReadAsync(site, "birthday.name", card);
        var wish = await site.Page.FindOneAsync("birthday.wish", card);
        var wishText = PageText.Normalize(await wish.InnerTextAsync());
        Assert.False((await site.Page.FindAsync("messaging.bubble")).Found);

        await site.ClickAsync(wish);

        var bubble = Assert.Single((await site.AwaitAsync("messaging.bubble")).Matches);
        Assert.Equal(name, await TextAsync(await site.RequireAsync("messaging.header", bubble)));
        var composer = await site.Page.FindOneAsync("messaging.composer", bubble);
        Assert.Equal(wishText, PageText.Normalize(await composer.InnerTextAsync()));
        await site.Page.FindOneAsync("messaging.send", bubble);
        await site.Page.FindOneAsync("messaging.close", bubble);
    }

    [Theory]
    [MemberData(nameof(AllBuilds))]
    public async Task ComposePage_FromAWishHref_HasHeaderPrefilledComposerAndSend(string build)
    {
        var site = Site(build);
        var (name, href) = await FirstWishAsync(site);

        await site.OpenAsync(href, "/messaging/");

        var page = Assert.Single((await site.RequireAsync("messaging.page")).Matches);
        var header = await site.RequireAsync("messaging.page_header", page);
        Assert.Equal(build == Builds.Second ? 1 : 0, header.AlternativeIndex);
        Assert.Equal(name, await TextAsync(header));
        Assert.Equal(name, await TextAsync(await site.RequireAsync("messaging.header", page)));
        var composer = await site.Page.FindOneAsync("messaging.composer", page);
        Assert.NotEqual(string.Empty, PageText.Normalize(await composer.InnerTextAsync()));
        await site.Page.FindOneAsync("messaging.send", page);
        Assert.False((await site.Page.FindAsync("messaging.send_toggle", page)).Found);
    }

    [Theory]
    [MemberData(nameof(AllBuilds))]
    public async Task SharePrompt_AfterSend_IsFoundWithItsDecline(string build)
    {
        var site = Site(build);
        site.Fake.Faults.SharePrompt = true;
        var (_, href) = await FirstWishAsync(site);
        await site.OpenAsync(href, "/messaging/");
        var page = (await site.RequireAsync("messaging.page")).Matches[0];

        await site.ClickAsync(await site.Page.FindOneAsync("messaging.send", page));

        var prompt = await site.AwaitAsync("messaging.share_prompt");
        Assert.Equal(0, prompt.AlternativeIndex);
        var decline = await site.Page.FindOneAsync("messaging.share_decline", Assert.Single(prompt.Matches));
        Assert.Equal(site.Language == "fr" ? "Pas maintenant" : "Not now", (await decline.InnerTextAsync()).Trim());
    }

    [Theory]
    [MemberData(nameof(AllBuilds))]
    public async Task EnterToSendMode_ShowsTheToggleAndNoSendButton(string build)
    {
        var site = Site(build);
        site.Fake.Faults.Composer = "enter_to_send";
        var (_, href) = await FirstWishAsync(site);

        await site.OpenAsync(href, "/messaging/");

        var page = (await site.RequireAsync("messaging.page")).Matches[0];
        await site.Page.FindOneAsync("messaging.composer", page);
        await site.RequireAsync("messaging.send_toggle", page);
        Assert.False((await site.Page.FindAsync("messaging.send", page)).Found);
    }

    [Theory]
    [MemberData(nameof(AllBuilds))]
    public async Task ReceivedInvitations_PersonCardsHaveInviterAcceptAndIgnore(string build)
    {
        var site = Site(build);
        await site.OpenAsync("/mynetwork/invitation-manager/received/");

        var cards = (await site.RequireAsync("invitations.card", site.Page.Main)).Matches;
        var inviters = new List<string>();
        foreach (var card in cards)
        {
            if (!(await site.Page.FindAsync("invitations.inviter_link", card)).Found)
            {
                // Pages, events and newsletters: no /in/ link, nothing a bot acts on.
                continue;
            }

            inviters.Add(await ReadAsync(site, "invitations.inviter_name", card));
            var accept = await site.Page.FindOneAsync("invitations.accept", card);
            var ignore = await site.Page.FindOneAsync("invitations.ignore", card);
            Assert.NotEqual(await accept.GetAttributeAsync("aria-label"), await ignore.GetAttributeAsync("aria-label"));
        }

        Assert.Equal(9, cards.Count);
        Assert.Equal(["Paul Girard", "Léa Chevalier", "Omar Saïd", "Chloé Bernard", "Antoine Roux", "Thomas Garcia"], inviters);
    }

    [Theory]
    [MemberData(nameof(AllBuilds))]
    public async Task SentInvitations_ItemsHaveNameTimeWithdraw_AndWithdrawAsksForConfirmation(string build)
    {
        var site = Site(build);
        await site.OpenAsync("/mynetwork/invitation-manager/sent/");

        var items = (await site.RequireAsync("sent.item", site.Page.Main)).Matches;
        Assert.Equal(7, items.Count);
        foreach (var item in items)
        {
            await site.RequireAsync("sent.link", item);
            await ReadAsync(site, "sent.name", item);
            Assert.Contains(site.Language == "fr" ? "envoyée" : "sent", PageText.Normalize(await TextAsync(await site.RequireAsync("sent.time", item))), StringComparison.Ordinal);
            await site.Page.FindOneAsync("sent.withdraw", item);
        }

        await site.ClickAsync(await site.Page.FindOneAsync("sent.withdraw", items[0]));

        var dialog = Assert.Single((await site.AwaitAsync("sent.confirm_dialog")).Matches);
        var confirm = await site.Page.FindOneAsync("sent.confirm", dialog);
        Assert.Equal(site.Language == "fr" ? "Retirer" : "Withdraw", (await confirm.InnerTextAsync()).Trim());
    }

    [Theory]
    [MemberData(nameof(AllBuilds))]
    public async Task PeopleSearch_ResultsHaveLinkAndName_AndThePageHasNext(string build)
    {
        var site = Site(build);
        await site.OpenAsync("/search/results/people/?keywords=DevOps%20(AWS%20OR%20Azure)&origin=GLOBAL_SEARCH_HEADER&page=1", "/search/results/people/");

        var results = (await site.RequireAsync("search.result", site.Page.Main)).Matches;
        var members = 0;
        foreach (var result in results)
        {
            var link = await site.Page.FindAsync("search.result_link", result);
            if (link.Found)
            {
                // One person per result, whether by one link or by a photo link and a name link.
                var hrefs = new List<string?>();
                foreach (var match in link.Matches)
                {
                    hrefs.Add(LinkedInAuto.Bots.ProfileLinks.Identity(await match.GetAttributeAsync("href")));
                }

                Assert.NotNull(Assert.Single(hrefs.Distinct()));
                Assert.NotEqual(string.Empty, await ReadAsync(site, "search.result_name", result));
                members++;
            }
        }

        // "LinkedIn Member" rows are containers in the first markup; the second knows results only by their profile link.
        Assert.Equal(build == Builds.Second ? members : 10, results.Count);
        Assert.InRange(members, 8, 9);
        await site.Page.FindOneAsync("search.next", site.Page.Main);
    }

    [Theory]
    [MemberData(nameof(AllBuilds))]
    public async Task Profile_TopCardFieldsAndExperienceItems(string build)
    {
        var site = Site(build);
        await site.OpenAsync("/in/paul-girard/", "/in/");

        var topCard = (await site.RequireAsync("profile.top_card")).Matches[0];
        Assert.Equal("Paul Girard", (await (await site.Page.FindOneAsync("profile.name", topCard)).InnerTextAsync()).Trim());
        Assert.Equal(site.Language == "fr" ? "2e" : "2nd", DegreeWord(await TextAsync(await site.RequireAsync("profile.degree", topCard))));
        if (build != Builds.Second)
        {
            Assert.StartsWith("SRE", await TextAsync(await site.RequireAsync("profile.headline", topCard)), StringComparison.Ordinal);
            Assert.Contains(site.Language == "fr" ? "Paris" : "New York", await TextAsync(await site.RequireAsync("profile.location", topCard)), StringComparison.Ordinal);
        }

        var section = (await site.AwaitAsync("profile.experience_section", site.Page.Main)).Matches[0];
        Assert.Equal(2, (await site.RequireAsync("profile.experience_item", section)).Matches.Count);

        // The visitor's own reading, the same on every build: without classes, headline and location are the top card's lines.
        await site.OpenAsync("/in/paul-girard/", "/in/");
        var profile = await ProfileReader.ReadAsync(site.Page, TimeSpan.FromSeconds(10), TimeProvider.System, CancellationToken.None);
        Assert.Equal(("Paul Girard", "Scaleway", 2), (profile.FullName, profile.Company, profile.Degree));
        Assert.StartsWith("SRE", profile.Headline, StringComparison.Ordinal);
        Assert.Contains(site.Language == "fr" ? "Paris" : "New York", profile.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownMarkup_NoListItemIsRecognised_ThoughTheirControlsAreThere_AndNoPageLooksEmpty()
    {
        var site = Site(Builds.Unknown);
        (string Path, string Item, string Control, string Empty)[] lists =
        [
            ("/mynetwork/invitation-manager/sent/", "sent.item", "sent.withdraw", "sent.empty_state"),
            ("/mynetwork/invitation-manager/received/", "invitations.card", "invitations.accept", "invitations.empty_state"),
            (Birthdays, "birthday.card", "birthday.wish", "birthday.empty_state"),
            ("/search/results/people/?keywords=DevOps&page=1", "search.result", "search.result_link", "search.empty_state"),
        ];
        foreach (var (path, item, control, empty) in lists)
        {
            await site.OpenAsync(path, path.Split('?')[0]);
            Assert.False((await site.Page.FindAsync(item, site.Page.Main)).Found, $"{item} on {path}");
            await site.RequireAsync(control, site.Page.Main);
            Assert.False((await site.Page.FindAsync(empty)).Found, $"{empty} on {path}");
        }
    }

    private static string DegreeWord(string badge) => badge.TrimStart('·', ' ');

    private FakeSite Site(string build)
    {
        var site = fixture.Site;
        site.Reset(build);
        return site;
    }

    // A value read as the bots read it (a name may come from a label or an alt), asserted present.
    private static async Task<string> ReadAsync(FakeSite site, string element, ILocator scope)
    {
        var text = await site.Page.ReadAsync(element, scope);
        Assert.True(text.Found, $"{element} unreadable ({site.Language}, markup={site.Fake.Faults.Markup}) on {site.Page.Page.Url}");
        return text.Value;
    }

    // The first connected card's name and wish href, read on the birthday page.
    private static async Task<(string Name, string Href)> FirstWishAsync(FakeSite site)
    {
        await site.OpenAsync(Birthdays);
        var card = (await site.RequireAsync("birthday.card", site.Page.Main)).Matches[0];
        var wish = await site.Page.FindOneAsync("birthday.wish", card);
        return (await ReadAsync(site, "birthday.name", card), await wish.GetAttributeAsync("href") ?? string.Empty);
    }

    private static async Task<string> TextAsync(LinkedInAuto.Pages.Selectors.ElementMatch match) => await TextAsync(match.Matches[0]);

    private static async Task<string> TextAsync(ILocator element) => (await element.InnerTextAsync()).Trim();
}

/// <summary>The selectors on the French account's pages.</summary>
[Collection(FrenchSiteDefinition.Name)]
public sealed class FrenchSelectorTests(FrenchSiteFixture fixture) : SelectorDiscoveryTests(fixture);

/// <summary>The selectors on the English account's pages.</summary>
[Collection(EnglishSiteDefinition.Name)]
public sealed class EnglishSelectorTests(EnglishSiteFixture fixture) : SelectorDiscoveryTests(fixture);
