using LinkedInAuto.Bots.Invitations;
using LinkedInAuto.Pages.Selectors;
using LinkedInAuto.Pages.Text;
using LinkedInAuto.Tests.Browser;
using LinkedInAuto.Tests.Pages.Live;
using Microsoft.Playwright;

namespace LinkedInAuto.Tests.Pages;

/// <summary>The shipped selectors on renderings that are not our fake's: the structural fallbacks, in real Chromium, FR and EN.</summary>
/// <remarks>The first rendering is one a user reported: own class names, each item a list entry with a photo link first, then a
/// name link, the headline, the age as plain text without <c>time</c>, a Withdraw button labelled with the name.</remarks>
[Collection(SharedBrowserDefinition.Name)]
public sealed class StructuralSelectorTests(BrowserFixture fixture)
{
    private static readonly SelectorCatalog s_catalog = SelectorCatalog.Load(FakeSite.ShippedSelectors);

    private static readonly (string Slug, string Name, string En, string Fr, int Days)[] s_sent =
    [
        ("nora-lambert", "Nora Lambert", "Sent today", "Envoyée aujourd’hui", 0),
        ("oscar-weber", "Oscar Weber", "Sent yesterday", "Envoyée hier", 1),
        ("pia-schmidt", "Pia Schmidt", "Sent 2 weeks ago", "Envoyée il y a 2 semaines", 14),
        ("quentin-faure", "Quentin Faure", "Sent 3 weeks ago", "Envoyée il y a 3 semaines", 21),
        ("rosa-diaz", "Rosa Díaz", "Sent 1 month ago", "Envoyée il y a 1 mois", 30),
        ("sami-benali", "Sami Benali", "Sent 4 months ago", "Envoyée il y a 4 mois", 120),
    ];

    private readonly ElementFinder _finder = new(s_catalog, new NoSelectorStatistics());

    private IPage Page => fixture.Session.Page;

    private ILocator Main => Page.Locator("main").First;

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task SentItems_AreTheEntriesHoldingWithdrawAndALink_NamedByTheNameLinkNotThePhotoLink_WithPlainTextAges(string lang)
    {
        await ShowAsync(lang, string.Concat(s_sent.Select(s => $"""
            <li class="k3x9">
              <a class="p1" href="/in/{s.Slug}/"><img alt="{s.Name}" width="48" height="48"></a>
              <a class="p2" href="/in/{s.Slug}/">{s.Name}</a>
              <div class="p3">Engineer</div>
              <div class="p4">{(lang == "fr" ? s.Fr : s.En)}</div>
              <button class="p5" aria-label="{Withdraw(lang, s.Name)}">{(lang == "fr" ? "Retirer" : "Withdraw")}</button>
            </li>
            """)));

        var items = await _finder.FindAsync(Main, "sent.item", lang);

        Assert.Equal((4, 6), (items.AlternativeIndex, items.Matches.Count));
        for (var i = 0; i < s_sent.Length; i++)
        {
            var name = await _finder.ReadAsync(items.Matches[i], "sent.name", lang);
            Assert.Equal((s_sent[i].Name, 2), (name.Value, name.AlternativeIndex)); // the name link's text, the photo link passed over
            var time = Assert.Single((await _finder.FindAsync(items.Matches[i], "sent.time", lang)).Matches);
            Assert.Equal(ElapsedText.Past(s_sent[i].Days, isLowerBound: s_sent[i].Days is 30 or 120), ElapsedTextParser.Parse(await time.InnerTextAsync(), new DateOnly(2025, 11, 18)));
            Assert.Single((await _finder.FindAsync(items.Matches[i], "sent.withdraw", lang)).Matches);
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task NamesOnlyInLabelsOrAlt_AreReadFromTheLabelFirst_ThenFromThePhoto(string lang)
    {
        await ShowAsync(lang, $"""
            <li><a href="/in/ana-costa/"><img alt="{(lang == "fr" ? "Photo de " : "Photo of ")}Ana Costa"></a><p>Sent today</p>
              <button aria-label="{Withdraw(lang, "Ana Costa")}"><svg width="16" height="16"></svg></button></li>
            <li><a href="/in/ben-okafor/"><img alt="{(lang == "fr" ? "Photo de " : "Photo of ")}Ben Okafor"></a><p>Sent today</p>
              <div role="button" tabindex="0">{(lang == "fr" ? "Retirer" : "Withdraw")}</div></li>
            """);

        var items = (await _finder.FindAsync(Main, "sent.item", lang)).Matches;

        Assert.Equal(2, items.Count);
        Assert.Equal(("Ana Costa", 3), await NameAsync(items[0], lang)); // the Withdraw label
        Assert.Equal(("Ben Okafor", 4), await NameAsync(items[1], lang)); // the photo's alt, without "Photo of"
        Assert.Equal(2, (await _finder.FindAsync(items[1], "sent.withdraw", lang)).AlternativeIndex); // role=button by its accessible name
    }

    [Fact]
    public async Task AListEntryHoldingOnlyTheButtons_IsNotTheItem_TheEntryHoldingButtonsAndLinkIs()
    {
        await ShowAsync("en", """
            <li class="card"><a href="/in/ana-costa/">Ana Costa</a><p>Sent 3 weeks ago</p>
              <ul class="actions"><li><button aria-label="Withdraw invitation sent to Ana Costa">Withdraw</button></li></ul></li>
            <li class="card"><a href="/in/ben-okafor/">Ben Okafor</a><p>Sent 2 weeks ago</p>
              <ul class="actions"><li><button aria-label="Withdraw invitation sent to Ben Okafor">Withdraw</button></li></ul></li>
            """);

        var items = (await _finder.FindAsync(Main, "sent.item", "en")).Matches;

        Assert.Equal(2, items.Count);
        foreach (var item in items)
        {
            Assert.Equal("card", await item.GetAttributeAsync("class"));
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task ReceivedCards_WithPlainTextNote_AreFoundByTheirAccept_AndTheNoteIsTheirMessageText(string lang)
    {
        var fr = lang == "fr";
        await ShowAsync(lang, $"""
            <li><a href="/in/gaelle-roux/"><img alt="Gaëlle Roux"></a>
              <p>{(fr ? "Étudiante" : "Student")}</p><p>{(fr ? "Ana Costa est une relation que vous avez en commun" : "Ana Costa is a mutual connection")}</p>
              <p>{(fr ? "Bonjour, j’aimerais beaucoup apprendre de votre travail." : "Hello, I would love to learn from your work.")}</p>
              <button aria-label="{(fr ? "Ignorer l’invitation de Gaëlle Roux" : "Ignore Gaëlle Roux’s invitation")}"></button>
              <button aria-label="{(fr ? "Accepter l’invitation de Gaëlle Roux" : "Accept Gaëlle Roux’s invitation")}"></button></li>
            <li><a href="/in/karim-said/"><img alt="Karim Saïd"></a>
              <p>{(fr ? "Analyste métier" : "Business analyst")}</p><p>{(fr ? "3 relations en commun" : "3 mutual connections")}</p><p>{(fr ? "il y a 2 jours" : "2 days ago")}</p>
              <button>{(fr ? "Ignorer" : "Ignore")}</button><button>{(fr ? "Accepter" : "Accept")}</button></li>
            """);

        var cards = await _finder.FindAsync(Main, "invitations.card", lang);

        Assert.Equal((3, 2), (cards.AlternativeIndex, cards.Matches.Count));
        var withNote = await LinesAsync(cards.Matches[0], lang);
        Assert.Equal("Gaëlle Roux", withNote.Name);
        Assert.StartsWith(fr ? "Bonjour" : "Hello", InvitationNote.Read(withNote.Lines, withNote.Name, withNote.Lines[0]), StringComparison.Ordinal);
        var without = await LinesAsync(cards.Matches[1], lang);
        Assert.Equal("Karim Saïd", without.Name);
        Assert.Null(InvitationNote.Read(without.Lines, without.Name, without.Lines[0]));
    }

    private static string Withdraw(string lang, string name) => lang == "fr" ? $"Retirer l’invitation envoyée à {name}" : $"Withdraw invitation sent to {name}";

    private async Task<(string, int)> NameAsync(ILocator item, string lang)
    {
        var name = await _finder.ReadAsync(item, "sent.name", lang);
        return (name.Value, name.AlternativeIndex);
    }

    private async Task<(string Name, IReadOnlyList<string> Lines)> LinesAsync(ILocator card, string lang)
    {
        var link = (await _finder.FindAsync(card, "invitations.inviter_link", lang, visibleOnly: false)).Matches[0];
        return ((await _finder.ReadAsync(card, "invitations.inviter_name", lang)).Value, await CardLines.ReadAsync(card, link));
    }

    private Task ShowAsync(string lang, string items) =>
        Page.SetContentAsync($"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"></head><body><main><ul class="z8q">{items}</ul></main></body></html>""");
}
