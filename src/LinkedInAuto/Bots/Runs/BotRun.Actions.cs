using LinkedInAuto.Bots.Safety;

namespace LinkedInAuto.Bots.Runs;

/// <summary>The run's state-changing actions: each one is watched from its first click to its verdict, and a bad verdict ends the run.</summary>
public sealed partial class BotRun
{
    /// <summary>Gets the action under way, or the last one if it ended the run; null between actions.</summary>
    public ActionWatch? OpenAction { get; private set; }

    /// <summary>Starts watching an action, before its first click (opening a conversation counts: its requests are the action's).</summary>
    public ActionWatch BeginAction(string action, string identity)
    {
        OpenAction = new ActionWatch(Page.Network, action, identity);
        return OpenAction;
    }

    /// <summary>Ends an action that changed nothing (a rehearsal, a wish found already in the conversation), unless LinkedIn warned meanwhile.</summary>
    /// <exception cref="ActionStoppedException">A warning was seen on the network during it.</exception>
    public void EndAction(ActionWatch watch)
    {
        ArgumentNullException.ThrowIfNull(watch);
        if (watch.SawDanger)
        {
            throw new ActionStoppedException(watch, new ActionVerdict(ActionResult.Unconfirmed, true, "LinkedIn warned: " + string.Join("; ", watch.Signals), watch.Signals));
        }

        if (ReferenceEquals(OpenAction, watch))
        {
            OpenAction = null;
        }
    }

    /// <summary>Applies an action's verdict, once it is recorded: the run goes on only after a proven action with no warning.</summary>
    /// <exception cref="ActionStoppedException">The action was refused, stayed unconfirmed, or drew a warning.</exception>
    public void Conclude(ActionWatch watch, ActionVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(watch);
        ArgumentNullException.ThrowIfNull(verdict);
        if (verdict.StopsRun)
        {
            throw new ActionStoppedException(watch, verdict);
        }

        if (ReferenceEquals(OpenAction, watch))
        {
            OpenAction = null;
        }
    }
}
