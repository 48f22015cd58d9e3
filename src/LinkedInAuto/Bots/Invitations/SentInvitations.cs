using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Pages.States;
using LinkedInAuto.Pages.Text;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;

namespace LinkedInAuto.Bots.Invitations;

/// <summary>The sent half of the invitation bot: harvest the list, then withdraw, oldest first, what is at least `withdraw_after_days` old.</summary>
/// <remarks>Ages come from texts such as "Sent 3 weeks ago", whose lower bound (21 days) is compared with the threshold: never withdraw early.</remarks>
internal sealed class SentInvitations(BotRun run, InvitationStore store, IBlacklist blacklist)
{
    private static readonly PageExpectation s_page = PageExpectation.Paths("/mynetwork/invitation-manager/");

    /// <summary>Withdraws the stale invitations; false when the run must end (the active hours ended).</summary>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        await run.OpenAsync("/mynetwork/invitation-manager/sent/", s_page, cancellationToken);
        var sent = await SentInvitationReader.ReadAsync(run, InvitationsBot.GrowthWait, cancellationToken);
        var threshold = run.Config.Invitations.Sent.WithdrawAfterDays;
        var withdrawer = new InvitationWithdrawer(run, store);
        foreach (var invitation in sent.OrderByDescending(s => s.Age.Days))
        {
            if (Reason(invitation, threshold) is { } reason)
            {
                run.Record("withdraw", invitation.Identity, ActionResult.Skipped, reason);
                continue;
            }

            if (!await run.MayActAsync(ActionKind.Withdraw, cancellationToken) || !await withdrawer.WithdrawAsync(invitation, cancellationToken))
            {
                return true;
            }

            if (!await run.PaceAsync(cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    private string? Reason(SentInvitation invitation, int threshold)
    {
        if (invitation.Age.Kind != ElapsedKind.Past)
        {
            return $"age unreadable in '{invitation.TimeText}'";
        }

        if (invitation.FullName.Length == 0)
        {
            // The Withdraw button must name the person: without a name nothing can be checked.
            return "name unreadable";
        }

        if (invitation.Age.Days < threshold)
        {
            return $"{invitation.Age.Days} days old ('{invitation.TimeText}'), withdraw_after_days is {threshold}";
        }

        return blacklist.Contains(invitation.Identity, invitation.FullName) ? "blacklisted" : null;
    }
}
