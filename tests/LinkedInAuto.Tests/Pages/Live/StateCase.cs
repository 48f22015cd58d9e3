using FakeLinkedIn;
using LinkedInAuto.Pages.States;

namespace LinkedInAuto.Tests.Pages.Live;

/// <summary>One page state of docs/linkedin-pages.md §2 as the fake produces it: switches, what the bot does, what the classifier must say.</summary>
/// <param name="Expected">The state the engine must name.</param>
/// <param name="Reason">A fragment of the classification's reason, proving which signal decided.</param>
/// <param name="Setup">The fake's switches.</param>
/// <param name="Run">The navigation or action, returning the classification (or throwing <c>PageStateException</c>).</param>
public sealed record StateCase(PageState Expected, string Reason, Action<FakeFaults> Setup, Func<FakeSite, Task<PageClassification>> Run)
{
    private const string Birthdays = "/mynetwork/catch-up/birthday/";
    private const string Received = "/mynetwork/invitation-manager/received/";
    private const string Sent = "/mynetwork/invitation-manager/sent/";

    /// <summary>Gets every case by name.</summary>
    public static IReadOnlyDictionary<string, StateCase> All { get; } = new Dictionary<string, StateCase>(StringComparer.Ordinal)
    {
        ["logged in: feed"] = new(PageState.LoggedIn, "logged in", _ => { }, s => s.OpenAsync("/feed/")),
        ["logged in: birthdays"] = new(PageState.LoggedIn, "logged in", _ => { }, s => s.OpenAsync(Birthdays)),
        ["session expired: login redirect"] = new(PageState.SessionExpired, "redirected to /login", f => f.SessionExpired = true, s => s.OpenAsync(Birthdays)),
        ["session expired: authwall"] = new(PageState.SessionExpired, "redirected to /authwall", f => (f.SessionExpired, f.Authwall) = (true, true), s => s.OpenAsync(Birthdays)),
        ["checkpoint: captcha"] = new(PageState.Checkpoint, "checkpoint path /checkpoint/challenge/", Checkpoint("captcha"), s => s.OpenAsync("/feed/")),
        ["checkpoint: pin"] = new(PageState.Checkpoint, "checkpoint path /checkpoint/challenge/", Checkpoint("pin"), s => s.OpenAsync("/feed/")),
        ["checkpoint: check your app"] = new(PageState.Checkpoint, "checkpoint path /checkpoint/challenge/", Checkpoint("verify"), s => s.OpenAsync("/feed/")),
        ["checkpoint: login-checkpoint redirect loop"] = new(PageState.Checkpoint, "redirect loop", f => f.RedirectLoop = true, s => s.OpenAsync(Birthdays)),
        ["restricted"] = new(PageState.Restricted, "restricted-account page", Checkpoint("restricted"), s => s.OpenAsync("/feed/")),
        ["weekly limit after accept"] = new(PageState.WeeklyLimit, "weekly invitation limit", f => f.WeeklyLimitAfter = 0, s => AcceptThenCheckAsync(s, "state.weekly_limit")),
        ["action rejected: error toast after accept"] = new(PageState.ActionRejected, "error toast", f => f.ErrorToast = true, s => AcceptThenCheckAsync(s, "state.error_toast")),
        ["search limit"] = new(PageState.SearchLimit, "monthly search limit", f => f.SearchLimit = true, s => s.OpenAsync("/search/results/people/?keywords=DevOps&origin=GLOBAL_SEARCH_HEADER")),
        ["throttle page"] = new(PageState.Throttled, "without main", f => f.ErrorPage = "throttle", s => s.OpenAsync(Birthdays)),
        ["something went wrong page"] = new(PageState.Throttled, "without main", f => f.ErrorPage = "went_wrong", s => s.OpenAsync(Birthdays)),
        ["HTTP 429"] = new(PageState.Throttled, "HTTP 429", f => f.ErrorPage = "429", s => s.OpenAsync(Birthdays)),
        ["HTTP 999"] = new(PageState.Throttled, "HTTP 999", f => f.ErrorPage = "999", s => s.OpenAsync(Birthdays)),
        ["not found: 404 profile"] = new(PageState.NotFound, "does not exist", _ => { }, s => s.OpenAsync("/in/nobody-by-that-name/", "/in/")),
        ["benign popup dismissed, then logged in"] = new(PageState.LoggedIn, "logged in", f => f.GrowingNetworkPopup = true, PopupDismissedAsync),
        ["unexpected: path outside the step"] = new(PageState.Unexpected, "unexpected path /feed/", _ => { }, s => s.OpenAsync("/feed/", Birthdays)),
        ["unexpected: dialog the step did not open"] = new(PageState.Unexpected, "unknown dialog", _ => { }, s => WithdrawThenCheckAsync(s, PageExpectation.Paths(Sent))),
        ["logged in: dialog the step opened"] = new(PageState.LoggedIn, "logged in", _ => { }, s => WithdrawThenCheckAsync(s, PageExpectation.Paths(Sent).WithDialog())),
    };

    private static Action<FakeFaults> Checkpoint(string kind) => f => (f.CheckpointNow, f.CheckpointKind) = (true, kind);

    // Accept on the first person's card, wait for the page's answer, then classify as a bot does after any action.
    private static async Task<PageClassification> AcceptThenCheckAsync(FakeSite site, string answer)
    {
        var expectation = PageExpectation.Paths(Received);
        await site.OpenAsync(Received);
        var cards = (await site.RequireAsync("invitations.card")).Matches;
        await site.ClickAsync((await site.Page.FindOneAsync("invitations.accept", cards[0])));
        await site.AwaitAsync(answer);
        return await site.Page.CheckAsync(expectation, CancellationToken.None);
    }

    private static async Task<PageClassification> WithdrawThenCheckAsync(FakeSite site, PageExpectation expectation)
    {
        await site.OpenAsync(Sent);
        var items = (await site.RequireAsync("sent.item")).Matches;
        await site.ClickAsync(await site.Page.FindOneAsync("sent.withdraw", items[0]));
        await site.AwaitAsync("sent.confirm_dialog");
        return await site.Page.CheckAsync(expectation, CancellationToken.None);
    }

    private static async Task<PageClassification> PopupDismissedAsync(FakeSite site)
    {
        var classification = await site.OpenAsync("/mynetwork/");
        Assert.False((await site.Page.FindAsync("state.dialog")).Found, "the popup is still open");
        return classification;
    }
}
