using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Engine;
using LinkedInAuto.Pages.States;
using Microsoft.Playwright;

namespace LinkedInAuto.Bots;

/// <summary>Waits for the effect of a click while watching for danger: each poll classifies the page before looking.</summary>
/// <remarks>
/// A refused action shows up asynchronously (weekly-limit dialog, error toast, a navigation to a checkpoint), so the
/// page is classified on every poll and any danger surfaces as <see cref="PageStateException"/> (docs/linkedin-pages.md §5 rule 11).
/// </remarks>
internal static class AfterClick
{
    // A read that lands while the page is navigating fails; a few in a row are expected, more mean a broken page.
    private const int MaxUnreadable = 10;
    private static readonly TimeSpan s_poll = TimeSpan.FromMilliseconds(200);

    /// <summary>Polls until <paramref name="condition"/> holds (true) or `browser.action_timeout` passes (false).</summary>
    /// <exception cref="PageStateException">The page became anything but the expected logged-in page.</exception>
    public static async Task<bool> UntilAsync(BotRun run, PageExpectation expectation, Func<Task<bool>> condition, CancellationToken cancellationToken)
    {
        var started = run.Time.GetTimestamp();
        var unreadable = 0;
        while (true)
        {
            await Task.Delay(s_poll, run.Time, cancellationToken);
            if (run.OpenAction?.SawDanger == true)
            {
                // LinkedIn warned on the network (a refusal, a redirect): the action is judged now, not after the timeout.
                return false;
            }

            try
            {
                await run.Page.CheckAsync(expectation, cancellationToken);
                if (await condition())
                {
                    return true;
                }

                unreadable = 0;
            }
            catch (PageStateException ex) when (IsMidNavigation(ex) && ++unreadable < MaxUnreadable)
            {
                // The click navigated (e.g. to a checkpoint): the next poll reads the new page.
            }
            catch (PlaywrightException) when (++unreadable < MaxUnreadable)
            {
                // Same: the element look-up ran while the document was being replaced.
            }

            if (run.Time.GetElapsedTime(started) >= run.Config.Browser.ActionTimeout)
            {
                return false;
            }
        }
    }

    // The signal reader reports a page that cannot run script as a failed navigation; after a click that is a page in transit.
    private static bool IsMidNavigation(PageStateException ex) =>
        ex.State == PageState.Throttled && ex.Classification.Reason.StartsWith("navigation failed", StringComparison.Ordinal);
}
