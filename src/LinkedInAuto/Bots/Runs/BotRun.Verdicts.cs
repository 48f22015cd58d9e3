using LinkedInAuto.Bots.Safety;
using LinkedInAuto.Engine;
using LinkedInAuto.Pages.States;

namespace LinkedInAuto.Bots.Runs;

/// <summary>How every state-changing action records what became of it: one place, so a refusal or an unknown outcome is
/// written the same way for wishes, invitation answers and withdrawals.</summary>
public sealed partial class BotRun
{
    /// <summary>Waits for an action's proof; a page that turned dangerous meanwhile is recorded before it ends the run.</summary>
    /// <param name="action">The action (`accept`, `withdraw`, …).</param>
    /// <param name="identity">The person's canonical profile URL.</param>
    /// <param name="wait">Waits for the proof after the click.</param>
    /// <param name="markFailed">Closes the action's intent as failed, with a reason (LinkedIn refused it).</param>
    /// <exception cref="PageStateException">The page shows a limit, a refusal, a checkpoint or a login: rethrown once recorded.</exception>
    public async Task<T> AwaitProofAsync<T>(string action, string identity, Func<Task<T>> wait, Func<string, Task> markFailed)
    {
        ArgumentNullException.ThrowIfNull(wait);
        ArgumentNullException.ThrowIfNull(markFailed);
        try
        {
            return await wait();
        }
        catch (PageStateException ex) when (ex.State is PageState.WeeklyLimit or PageState.ActionRejected)
        {
            var why = "LinkedIn refused: " + ex.Classification.Reason;
            await markFailed(why);
            Record(action, identity, ActionResult.Refused, why);
            throw;
        }
        catch (PageStateException ex)
        {
            // A checkpoint, a login or an unknown dialog after the click: whether LinkedIn took it is unknown, so the
            // intent stays open.
            Record(action, identity, ActionResult.Unconfirmed, ex.State + " after the click");
            throw;
        }
    }

    /// <summary>Records an action's verdict: done (proof), refused (its intent closed as failed) or unconfirmed (its intent left
    /// open), then applies it (<see cref="Conclude"/>).</summary>
    /// <param name="watch">The action.</param>
    /// <param name="verdict">The verdict.</param>
    /// <param name="done">What was done, for the record (e.g. the rule that accepted); the verdict's detail is added.</param>
    /// <param name="markDone">Closes the intent as done.</param>
    /// <param name="markFailed">Closes the intent as failed, with the reason.</param>
    /// <param name="unconfirmed">Why the outcome is unknown, for the record.</param>
    /// <exception cref="ActionStoppedException">The action was refused, stayed unconfirmed, or drew a warning.</exception>
    public async Task RecordVerdictAsync(ActionWatch watch, ActionVerdict verdict, string done, Func<Task> markDone, Func<string, Task> markFailed, string unconfirmed)
    {
        ArgumentNullException.ThrowIfNull(watch);
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(markDone);
        ArgumentNullException.ThrowIfNull(markFailed);
        switch (verdict.Result)
        {
            case ActionResult.Done:
                await markDone();
                Record(watch.Action, watch.Identity, ActionResult.Done, verdict.Detail.Length == 0 ? done : done + " — " + verdict.Detail);
                break;
            case ActionResult.Refused:
                await markFailed(verdict.Detail);
                Record(watch.Action, watch.Identity, ActionResult.Refused, verdict.Detail);
                break;
            default:
                Record(watch.Action, watch.Identity, ActionResult.Unconfirmed, unconfirmed);
                break;
        }

        Conclude(watch, verdict);
    }
}
