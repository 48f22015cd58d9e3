using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Engine.Network;

namespace LinkedInAuto.Bots.Safety;

/// <summary>One state-changing action under watch: what LinkedIn said on the network from its first click to its verdict.</summary>
/// <remarks>Created by <see cref="BotRun.BeginAction"/>; the action is judged on both kinds of evidence by <see cref="Judge"/>.</remarks>
public sealed class ActionWatch
{
    private readonly NetworkWatch _network;
    private readonly long _mark;

    internal ActionWatch(NetworkWatch network, string action, string identity)
    {
        _network = network;
        _mark = network.Mark;
        Action = action;
        Identity = identity;
    }

    /// <summary>Gets the action's name (`wish`, `accept`, `ignore`, `withdraw`, `visit`).</summary>
    public string Action { get; }

    /// <summary>Gets the profile acted on.</summary>
    public string Identity { get; }

    /// <summary>Gets the warnings LinkedIn's requests carried since the action began, oldest first.</summary>
    public IReadOnlyList<NetworkSignal> Signals => _network.Since(_mark);

    /// <summary>Gets a value indicating whether any warning was seen since the action began.</summary>
    public bool SawDanger => Signals.Count > 0;

    /// <summary>Gets a value indicating whether LinkedIn refused one of the action's own state-changing requests.</summary>
    public bool SawRefusal => Signals.Any(s => s.RefusesAction);

    /// <summary>Judges the action: the page's proof (<paramref name="proven"/>) or refusal (<paramref name="pageRefusal"/>), and the network.</summary>
    /// <param name="proven">Whether the page shows the action's effect.</param>
    /// <param name="pageRefusal">What the page said to refuse it (error toast, limit dialog), or null.</param>
    public ActionVerdict Judge(bool proven, string? pageRefusal = null)
    {
        var signals = Signals;
        var network = string.Join("; ", signals.Select(s => s.ToString()));
        if (pageRefusal is not null)
        {
            return new(ActionResult.Refused, StopsRun: true, Join("LinkedIn refused it: " + pageRefusal, network), signals);
        }

        if (!proven && signals.FirstOrDefault(s => s.RefusesAction) is { } refusal)
        {
            return new(ActionResult.Refused, StopsRun: true, Join("LinkedIn refused it: " + refusal, network), signals);
        }

        if (proven)
        {
            return new(ActionResult.Done, StopsRun: signals.Count > 0, signals.Count > 0 ? "done, but LinkedIn warned: " + network : string.Empty, signals);
        }

        return new(ActionResult.Unconfirmed, StopsRun: true, Join("no proof appeared", network), signals);
    }

    private static string Join(string detail, string network) => network.Length == 0 ? detail : detail + " (" + network + ")";
}

/// <summary>How one action ended, and whether the run must stop after it.</summary>
/// <param name="Result">Done, Refused or Unconfirmed; Refused and Unconfirmed are never counted as done.</param>
/// <param name="StopsRun">True on any warning or missing proof: no second action in this run.</param>
/// <param name="Detail">What decided it, for the action's record.</param>
/// <param name="Signals">The network warnings seen during the action.</param>
public sealed record ActionVerdict(ActionResult Result, bool StopsRun, string Detail, IReadOnlyList<NetworkSignal> Signals);
