using LinkedInAuto.Pages.Selectors;
using LinkedInAuto.Pages.States;
using Microsoft.Playwright;

namespace LinkedInAuto.Engine.Canary;

/// <summary>Opens each page type the bots use and reports, per element they need, whether selectors.yaml still finds it.</summary>
/// <remarks>
/// Read-only: it navigates, scrolls and reads. It never types and never clicks anything but the known harmless popup
/// every page open dismisses; the composer page is opened by the URL of a birthday wish, and left as it is. Its only
/// traces on the account are one profile view and one people search. Any page state but "logged in" stops it at
/// once (docs/linkedin-pages.md §2): on a checkpoint or an expired session nothing else is opened.
/// </remarks>
/// <param name="page">The run's page, with the saved session.</param>
/// <param name="lateContent">How long a list or a composer may take to render after the document (`browser.action_timeout`).</param>
public sealed class SelectorCanary(LinkedInPage page, TimeSpan lateContent)
{
    private const int MaxScrolls = 15;

    private const string EmptyList = "none on the page, and not LinkedIn's empty state: the selectors no longer match";

    // How long a scroll may take to load more before the page counts as fully loaded (§5 rule 9: stable twice).
    private static readonly TimeSpan s_scrollGrowth = TimeSpan.FromSeconds(4);

    /// <summary>Checks every page type; <paramref name="searchKeywords"/> is the one people search made.</summary>
    public async Task<CanaryReport> RunAsync(string searchKeywords, CancellationToken cancellationToken)
    {
        var pages = new List<PageCheck>();
        var current = "feed";
        try
        {
            pages.Add(await FeedAsync(cancellationToken));
            current = "birthdays";
            var (birthdays, profileHref, composeHref) = await BirthdaysAsync(cancellationToken);
            pages.Add(birthdays);
            current = "profile";
            pages.Add(profileHref is null ? Skipped("profile", "profile.top_card", "no profile link on the birthday page") : await ProfileAsync(profileHref, cancellationToken));
            current = "compose";
            pages.Add(composeHref is null ? Skipped("compose", "messaging.page", "no wish link on the birthday page") : await ComposeAsync(composeHref, cancellationToken));
            current = "invitations received";
            pages.Add(await ReceivedAsync(cancellationToken));
            current = "invitations sent";
            pages.Add(await SentAsync(cancellationToken));
            current = "people search";
            pages.Add(await SearchAsync(searchKeywords, cancellationToken));
        }
        catch (PageStateException ex)
        {
            return new CanaryReport(pages, current, ex.Classification);
        }

        return new CanaryReport(pages, null, null);
    }

    private async Task<PageCheck> FeedAsync(CancellationToken cancellationToken)
    {
        var feed = await OpenAsync("feed", "/feed/", "/feed/", cancellationToken);
        await feed.CheckAsync("shell.nav", null, "page");
        await feed.CheckAsync("shell.me", null, "page");
        await feed.CheckAsync("shell.main", null, "page");
        return feed.Result;
    }

    private async Task<(PageCheck Page, string? ProfileHref, string? ComposeHref)> BirthdaysAsync(CancellationToken cancellationToken)
    {
        var birthdays = await OpenAsync("birthdays", "/mynetwork/catch-up/birthday/", "/mynetwork/catch-up/", cancellationToken);
        var cards = await ListAsync(birthdays, "birthday.card", "birthday.empty_state");
        if (!cards.Found)
        {
            birthdays.NotChecked("card", "no birthday card", "birthday.profile_link", "birthday.name", "birthday.wish");
            return (birthdays.Result, null, null);
        }

        var link = await birthdays.CheckAsync("birthday.profile_link", cards.Matches[0], "first card");
        await birthdays.ReadAsync("birthday.name", cards.Matches[0], "first card");

        // Cards of people who are not connections offer Connect instead of a wish: take the first card that has one.
        var wish = ElementMatch.None("birthday.wish");
        foreach (var card in cards.Matches.Take(10))
        {
            wish = await page.FindAsync("birthday.wish", card);
            if (wish.Found)
            {
                break;
            }
        }

        birthdays.Record(wish, "first card with a wish", "no card offers a wish: only people to connect with, or the selectors no longer match");
        var profileHref = link.Found ? await link.Matches[0].GetAttributeAsync("href") : null;
        var wishHref = wish.Found ? await wish.Matches[0].GetAttributeAsync("href") : null;

        // A wish rendered as a button opens an empty bubble on click; only a compose link can be opened without clicking.
        var composeHref = wishHref is not null && wishHref.Contains("/messaging/compose", StringComparison.Ordinal) ? wishHref : null;
        return (birthdays.Result, profileHref, composeHref);
    }

    private async Task<PageCheck> ProfileAsync(string href, CancellationToken cancellationToken)
    {
        var profile = await OpenAsync("profile", href, "/in/", cancellationToken);
        var topCard = await page.WaitForAsync("profile.top_card", lateContent);
        profile.Record(topCard, "page");
        if (topCard.Found)
        {
            var scope = topCard.Matches[0];
            await profile.CheckAsync("profile.name", scope, "top card");
            await LinesUnderNameAsync(profile, scope, "profile.headline", 1);
            await LinesUnderNameAsync(profile, scope, "profile.location", 2);
            await profile.CheckAsync("profile.degree", scope, "top card");
        }
        else
        {
            profile.NotChecked("top card", "no top card", "profile.name", "profile.headline", "profile.location", "profile.degree");
        }

        // Sections appear as the member scrolls (§3.8).
        var experience = await ScrollUntilFoundAsync("profile.experience_section", page.Main, cancellationToken);
        profile.Record(experience, "main", "no Experience section: the member may have none, or the selectors no longer match");
        if (experience.Found)
        {
            await profile.CheckAsync("profile.experience_item", experience.Matches[0], "experience section");
        }
        else
        {
            profile.NotChecked("experience section", "no experience section", "profile.experience_item");
        }

        return profile.Result;
    }

    private async Task<PageCheck> ComposeAsync(string href, CancellationToken cancellationToken)
    {
        var compose = await OpenAsync("compose", href, "/messaging/", cancellationToken);
        var pane = await compose.CheckAsync("messaging.page", null, "page");
        if (!pane.Found)
        {
            compose.NotChecked("conversation pane", "no conversation pane", "messaging.composer", "messaging.page_header", "messaging.send");
            return compose.Result;
        }

        var scope = pane.Matches[0];
        compose.Record(await page.WaitForAsync("messaging.composer", lateContent, scope), "conversation pane");
        await compose.CheckAsync("messaging.page_header", scope, "conversation pane");
        await compose.CheckAsync("messaging.send", scope, "conversation pane", "no Send button: \"Press Enter to Send\" may be on (messaging.send_toggle), or the selectors no longer match");
        return compose.Result;
    }

    private async Task<PageCheck> ReceivedAsync(CancellationToken cancellationToken)
    {
        string[] inCard = ["invitations.inviter_name", "invitations.accept", "invitations.ignore"];
        var received = await OpenAsync("invitations received", "/mynetwork/invitation-manager/received/", "/mynetwork/invitation-manager/", cancellationToken);
        var cards = await ListAsync(received, "invitations.card", "invitations.empty_state");
        if (!cards.Found)
        {
            received.NotChecked("person card", "no invitation card", ["invitations.inviter_link", .. inCard]);
            return received.Result;
        }

        // Pages, events and newsletters invite too, without a /in/ link: the bots act on people only.
        var (person, link) = await FirstWithAsync(cards.Matches, "invitations.inviter_link");
        received.Record(link, "first person card", "no card has a profile link: only page or event invitations, or the selectors no longer match");
        if (person is null)
        {
            received.NotChecked("person card", "no invitation from a person", inCard);
            return received.Result;
        }

        await received.ReadAsync("invitations.inviter_name", person, "first person card");
        foreach (var element in inCard.Skip(1))
        {
            await received.CheckAsync(element, person, "first person card");
        }

        return received.Result;
    }

    private async Task<PageCheck> SentAsync(CancellationToken cancellationToken)
    {
        string[] inItem = ["sent.link", "sent.name", "sent.time", "sent.withdraw"];
        var sent = await OpenAsync("invitations sent", "/mynetwork/invitation-manager/sent/", "/mynetwork/invitation-manager/", cancellationToken);
        var items = await ListAsync(sent, "sent.item", "sent.empty_state");
        if (!items.Found)
        {
            sent.NotChecked("first item", "no sent invitation", inItem);
            return sent.Result;
        }

        var first = items.Matches[0];
        await sent.CheckAsync("sent.link", first, "first item");
        await sent.ReadAsync("sent.name", first, "first item");
        await sent.CheckAsync("sent.time", first, "first item");
        await sent.CheckAsync("sent.withdraw", first, "first item");

        return sent.Result;
    }

    private async Task<PageCheck> SearchAsync(string keywords, CancellationToken cancellationToken)
    {
        var path = "/search/results/people/?keywords=" + Uri.EscapeDataString(keywords) + "&origin=GLOBAL_SEARCH_HEADER";
        var search = await OpenAsync("people search", path, "/search/results/people/", cancellationToken);
        var results = await ListAsync(search, "search.result", "search.empty_state", "no result: try other --keywords");
        if (!results.Found)
        {
            search.NotChecked("result", "no result", "search.result_link", "search.result_name", "search.next");
            return search.Result;
        }

        // "LinkedIn Member" rows have no profile link (§3.7).
        var (result, link) = await FirstWithAsync(results.Matches, "search.result_link");
        search.Record(link, "first result with a link", "no result has a profile link: only out-of-network members, or the selectors no longer match");
        if (result is not null)
        {
            await search.ReadAsync("search.result_name", result, "first result with a link");
        }
        else
        {
            search.NotChecked("first result with a link", "no result with a profile link", "search.result_name");
        }

        // Results and pagination render progressively as the page is scrolled (§3.7).
        var next = await ScrollUntilFoundAsync("search.next", page.Main, cancellationToken);
        search.Record(next, "main", "no pagination: a single page of results (try broader --keywords), or the selectors no longer match");
        return search.Result;
    }

    // A list's items; none is a missing element unless the page shows LinkedIn's empty state (then nothing to check).
    private async Task<ElementMatch> ListAsync(CanaryPage list, string itemElement, string emptyElement, string emptyAdvice = "the list is empty")
    {
        var items = await page.WaitForAsync(itemElement, lateContent, page.Main);
        if (!items.Found && (await page.FindAsync(emptyElement)).Found)
        {
            list.EmptyList(itemElement, "main", $"LinkedIn shows the list empty ({emptyElement}): {emptyAdvice}");
            return items;
        }

        list.Record(items, "main", EmptyList);
        return items;
    }

    // Headline and location without their classes are read from the top card's lines under the name (the visitor does so).
    private async Task LinesUnderNameAsync(CanaryPage profile, ILocator topCard, string element, int lineNumber)
    {
        var match = await page.FindAsync(element, topCard);
        var name = await page.FindAsync("profile.name", topCard);
        if (match.Found || name.Matches.Count != 1 || (await CardLines.ReadAsync(topCard, name.Matches[0])).Count < lineNumber)
        {
            profile.Record(match, "top card");
            return;
        }

        profile.Lines(element, "top card", page.Catalog[element].Count + 1, "the top card's lines under the name (no selector matched)");
    }

    private async Task<CanaryPage> OpenAsync(string name, string pathOrUrl, string expectedPrefix, CancellationToken cancellationToken)
    {
        await page.OpenAsync(pathOrUrl, PageExpectation.Paths(expectedPrefix), cancellationToken);
        return new CanaryPage(page, name, new Uri(page.Page.Url).PathAndQuery);
    }

    // The first of the first ten scopes in which the element is found.
    private async Task<(ILocator? Scope, ElementMatch Match)> FirstWithAsync(IReadOnlyList<ILocator> scopes, string element)
    {
        foreach (var scope in scopes.Take(10))
        {
            var match = await page.FindAsync(element, scope);
            if (match.Found)
            {
                return (scope, match);
            }
        }

        return (null, ElementMatch.None(element));
    }

    // Scrolls down until the element appears or the page stops growing twice in a row (§5 rule 9); a page that keeps
    // growing is given up after a bounded number of scrolls.
    private async Task<ElementMatch> ScrollUntilFoundAsync(string element, ILocator scope, CancellationToken cancellationToken)
    {
        for (int stable = 0, scrolls = 0; ; scrolls++)
        {
            var match = await page.FindAsync(element, scope);
            if (match.Found || stable == 2 || scrolls == MaxScrolls)
            {
                return match;
            }

            var height = await page.Page.EvaluateAsync<int>("() => document.body.scrollHeight");
            await page.Input.ScrollAsync(800, cancellationToken);
            try
            {
                await page.Page.WaitForFunctionAsync("h => document.body.scrollHeight > h", height, new() { Timeout = (float)s_scrollGrowth.TotalMilliseconds });
                stable = 0;
            }
            catch (TimeoutException)
            {
                stable++;
            }
        }
    }

    private static PageCheck Skipped(string name, string element, string reason) =>
        new(name, string.Empty, [new ElementCheck(element, "page", SelectorHealth.NotChecked, 0, reason)]);
}
