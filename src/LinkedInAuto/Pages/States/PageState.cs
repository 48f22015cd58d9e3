namespace LinkedInAuto.Pages.States;

/// <summary>What a LinkedIn page is, as far as safety goes (docs/linkedin-pages.md §2).</summary>
public enum PageState
{
    /// <summary>A normal logged-in page for the step: continue.</summary>
    LoggedIn,

    /// <summary>Login page, authwall or guest home: the session is gone. Stop all bots.</summary>
    SessionExpired,

    /// <summary>A security checkpoint, captcha, verification or login↔checkpoint loop. Stop all bots, alert a human.</summary>
    Checkpoint,

    /// <summary>The account is restricted. Stop all bots, long cool-down, alert.</summary>
    Restricted,

    /// <summary>The weekly invitation limit dialog. Stop the acting bot; durable cool-down.</summary>
    WeeklyLimit,

    /// <summary>An error toast after an action. Stop the action; re-read state before any retry.</summary>
    ActionRejected,

    /// <summary>The monthly profile-search limit. Stop searching until next month.</summary>
    SearchLimit,

    /// <summary>HTTP 429/999/5xx, a navigation error, or a short page without `main`. Back off and retry later.</summary>
    Throttled,

    /// <summary>A page that does not exist. Skip the target, no retry.</summary>
    NotFound,

    /// <summary>A known harmless popup ("You're growing your network!"): dismiss it, then classify again.</summary>
    BenignPopup,

    /// <summary>Anything else: stop the step and keep evidence.</summary>
    Unexpected,
}

/// <summary>A classification with the reason that decided it (for logs and evidence).</summary>
public sealed record PageClassification(PageState State, string Reason, Uri? Url)
{
    /// <summary>Gets a value indicating whether every bot must stop and wait for the user (`linkedin-auto resume`).</summary>
    public bool NeedsAttention => State is PageState.SessionExpired or PageState.Checkpoint or PageState.Restricted;
}

/// <summary>Which paths a step expects to be on, and whether it opened a dialog itself; anything else is unexpected.</summary>
public sealed record PageExpectation(IReadOnlyList<string> PathPrefixes)
{
    /// <summary>Gets an expectation that accepts any logged-in page.</summary>
    public static PageExpectation Any { get; } = new([]);

    /// <summary>Gets a value indicating whether the step's own click opened a dialog (withdraw confirmation, share prompt, modal composer).</summary>
    /// <remarks>Without it an open dialog other than the known harmless popup is unexpected (docs/linkedin-pages.md §2 state 12).</remarks>
    public bool DialogExpected { get; init; }

    /// <summary>Creates an expectation for the given path prefixes.</summary>
    public static PageExpectation Paths(params string[] prefixes) => new(prefixes);

    /// <summary>Returns the same expectation with an open dialog accepted.</summary>
    public PageExpectation WithDialog() => this with { DialogExpected = true };

    /// <summary>Gets a value indicating whether <paramref name="path"/> is one of the expected ones.</summary>
    public bool Accepts(string path) =>
        PathPrefixes.Count == 0 || PathPrefixes.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
