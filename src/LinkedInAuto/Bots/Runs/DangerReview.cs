using LinkedInAuto.Engine;
using LinkedInAuto.Engine.Network;
using LinkedInAuto.Pages.States;
using Microsoft.Playwright;

namespace LinkedInAuto.Bots.Runs;

/// <summary>After an action was refused, stayed without proof or drew a warning: looks at the account again with a fresh
/// navigation and names the danger from both the page and the network.</summary>
/// <remarks>
/// The re-check reloads the page (a profile is not reloaded: that would be a second visit), then opens the feed when
/// the reload said nothing conclusive. What the page says about the account wins; otherwise the network evidence
/// decides, the most serious first: a checkpoint or challenge, a refusal (403, 999), a revoked session (401, a login
/// redirect), a rate limit (429). With neither, the action's outcome is simply unknown and the run fails with evidence.
/// </remarks>
internal static class DangerReview
{
    private static readonly PageExpectation s_any = PageExpectation.Any;

    /// <summary>Reviews the end of a run caused by <paramref name="cause"/> while an action was open; null when nothing points to a danger
    /// (the original failure then stands).</summary>
    public static async Task<DangerVerdict?> ReviewAsync(BotRun run, Exception cause, CancellationToken cancellationToken)
    {
        var stopped = cause as ActionStoppedException;
        var watch = stopped?.Watch ?? run.OpenAction;
        if (watch is null)
        {
            return null;
        }

        var what = $"{watch.Action} of {watch.Identity}";
        if (cause is PageStateException { Classification.NeedsAttention: true } page)
        {
            // The page itself already says what the account is.
            return new DangerVerdict(page.Classification, RateLimited: false, $"{what}: {page.Classification.Reason}");
        }

        var signals = watch.Signals;
        if (stopped is null && signals.Count == 0 && cause is not PageStateException)
        {
            // A step that failed before anything reached LinkedIn (no composer, wrong recipient): its own failure stands.
            return null;
        }

        var evidence = await run.Page.SaveEvidenceAsync($"{watch.Action}-{stopped?.Verdict?.Result.ToString() ?? "stopped"}");
        var recheck = await RecheckAsync(run, cancellationToken);
        signals = watch.Signals;
        var outcome = stopped?.Verdict is { } verdict ? $"{verdict.Result.ToString().ToLowerInvariant()} ({verdict.Detail})" : cause.Message;
        var summary = $"{what} {outcome}";
        if (recheck.NeedsAttention)
        {
            return new DangerVerdict(recheck, RateLimited: false, $"{summary}; the re-check found: {recheck.Reason}");
        }

        if (FromSignals(signals, recheck.Url) is { } fromNetwork)
        {
            return new DangerVerdict(fromNetwork, RateLimited: false, $"{summary}; {fromNetwork.Reason}");
        }

        if (signals.Any(s => s.Kind == NetworkSignalKind.RateLimited))
        {
            return new DangerVerdict(recheck, RateLimited: true, summary);
        }

        if (cause is PageStateException known)
        {
            // A limit dialog or an error toast: the usual reaction to it (cool-downs).
            return new DangerVerdict(known.Classification, RateLimited: false, $"{what}: {known.Classification.Reason}");
        }

        if (stopped?.Verdict?.Result == ActionResult.Refused)
        {
            // Refused on the page only (an error toast): the bot's breaker opens, as for any rejected action.
            var rejected = new PageClassification(PageState.ActionRejected, $"the re-check found the account usable ({recheck.Reason})", recheck.Url);
            return new DangerVerdict(rejected, RateLimited: false, summary);
        }

        var unknown = new PageClassification(
            PageState.Unexpected,
            $"{summary}; the re-check found the account usable ({recheck.Reason}), so the outcome stays unknown{(evidence is null ? string.Empty : "; evidence in " + evidence + ".png/.html")}",
            recheck.Url);
        return new DangerVerdict(unknown, RateLimited: false, unknown.Reason);
    }

    // The most serious signal decides.
    private static PageClassification? FromSignals(IReadOnlyList<NetworkSignal> signals, Uri? url)
    {
        PageClassification? Pick(Func<NetworkSignal, bool> match, PageState state, string why) =>
            signals.FirstOrDefault(match) is { } signal ? new PageClassification(state, why + " (" + signal + ")", url) : null;

        return Pick(s => s.Kind is NetworkSignalKind.CheckpointRedirect or NetworkSignalKind.ChallengeFrame, PageState.Checkpoint, "LinkedIn sent the browser to a security check")
            ?? Pick(s => s.Kind is NetworkSignalKind.Forbidden or NetworkSignalKind.Denied, PageState.Checkpoint, "LinkedIn refused a request of the account; look at the account in a browser")
            ?? Pick(s => s.Kind is NetworkSignalKind.Unauthorized or NetworkSignalKind.LoginRedirect, PageState.SessionExpired, "LinkedIn no longer accepts the session");
    }

    private static async Task<PageClassification> RecheckAsync(BotRun run, CancellationToken cancellationToken)
    {
        var path = Uri.TryCreate(run.Page.Page.Url, UriKind.Absolute, out var url) ? url.AbsolutePath : string.Empty;
        if (!path.StartsWith("/in/", StringComparison.OrdinalIgnoreCase) && path.Length > 0)
        {
            var reloaded = await ClassifyAsync(() => run.Page.ReloadAsync(s_any, cancellationToken));
            if (reloaded.NeedsAttention || reloaded.State == PageState.LoggedIn)
            {
                return reloaded;
            }
        }

        return await ClassifyAsync(() => run.Page.OpenAsync("/feed/", s_any, cancellationToken));
    }

    private static async Task<PageClassification> ClassifyAsync(Func<Task<PageClassification>> navigate)
    {
        try
        {
            return await navigate();
        }
        catch (PageStateException ex)
        {
            return ex.Classification;
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException or Pages.Selectors.ElementNotFoundException)
        {
            return new PageClassification(PageState.Unexpected, "the re-check failed: " + ex.Message.Split('\n')[0], null);
        }
    }
}

/// <summary>What the review found: the page state to react to, or a rate limit, and the reason kept in the run record.</summary>
/// <param name="Classification">The state (checkpoint, expired session, a limit, unexpected…).</param>
/// <param name="RateLimited">True when LinkedIn answered 429 to the action and the account otherwise looks usable.</param>
/// <param name="Reason">What happened to which action, and what the re-check found.</param>
internal sealed record DangerVerdict(PageClassification Classification, bool RateLimited, string Reason);
