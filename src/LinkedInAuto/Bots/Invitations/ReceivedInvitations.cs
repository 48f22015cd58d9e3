using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Pages.States;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Bots.Invitations;

/// <summary>The received half of the invitation bot: harvest every card, then decide and act card by card.</summary>
internal sealed partial class ReceivedInvitations(BotRun run, InvitationStore store, IBlacklist blacklist)
{
    private static readonly PageExpectation s_page = PageExpectation.Paths("/mynetwork/invitation-manager/");

    /// <summary>Handles the pending invitations; false when the run must end (the active hours ended).</summary>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        await run.OpenAsync("/mynetwork/invitation-manager/received/", s_page, cancellationToken);
        var (people, others) = await ReceivedInvitationReader.ReadAsync(run, InvitationsBot.GrowthWait, cancellationToken);
        LogHarvested(run.Logger, people.Count, others);
        var responder = new InvitationResponder(run, store);
        var refused = new HashSet<ActionKind>();
        foreach (var invitation in people)
        {
            if (blacklist.Contains(invitation.Identity, invitation.FullName))
            {
                run.Record("leave", invitation.Identity, ActionResult.Skipped, "blacklisted");
                continue;
            }

            var decision = InvitationRules.Decide(invitation, run.Config.Invitations.Received);
            if (decision.Verdict == InvitationVerdict.Leave)
            {
                run.Record("leave", invitation.Identity, ActionResult.Skipped, decision.Rule);
                continue;
            }

            var kind = decision.Verdict == InvitationVerdict.Accept ? ActionKind.Accept : ActionKind.Ignore;
            if (refused.Contains(kind) || !await run.MayActAsync(kind, cancellationToken))
            {
                // That kind's quota or cool-down is spent; the other kind may still act.
                refused.Add(kind);
                run.Record(kind.ToString().ToLowerInvariant(), invitation.Identity, ActionResult.Skipped, "quota: " + run.StopReason);
                continue;
            }

            await responder.RespondAsync(invitation, decision, cancellationToken);
            if (!await run.PaceAsync(cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{People} invitations from people pending; {Others} other cards (pages, events, newsletters, answered) left alone")]
    private static partial void LogHarvested(ILogger logger, int people, int others);
}
