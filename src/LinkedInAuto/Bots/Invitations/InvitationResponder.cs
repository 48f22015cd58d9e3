using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Pages.States;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using Microsoft.Playwright;

namespace LinkedInAuto.Bots.Invitations;

/// <summary>Accepts or ignores one received invitation: button naming the person → durable intent → click → the card changed
/// and no warning on the network → record; anything else stops the run (<see cref="ActionStoppedException"/>).</summary>
internal sealed class InvitationResponder(BotRun run, InvitationStore store)
{
    private static readonly PageExpectation s_page = PageExpectation.Paths("/mynetwork/invitation-manager/");

    /// <summary>Carries out <paramref name="decision"/> (Accept or Ignore) on <paramref name="invitation"/>; dangers propagate.</summary>
    public async Task RespondAsync(ReceivedInvitation invitation, InvitationDecision decision, CancellationToken cancellationToken)
    {
        var accept = decision.Verdict == InvitationVerdict.Accept;
        var action = accept ? "accept" : "ignore";
        var element = accept ? "invitations.accept" : "invitations.ignore";
        var buttons = await ButtonsAsync(invitation, element);
        if (buttons.Count != 1)
        {
            // Never click by position: without exactly one button naming the person, nothing is done.
            run.Record(action, invitation.Identity, ActionResult.Failed, $"expected one {action} button naming {invitation.FullName}, found {buttons.Count}");
            return;
        }

        var intent = new InvitationIntent(invitation.Identity, invitation.FullName, accept ? InvitationAction.Accept : InvitationAction.Ignore, decision.Rule, run.RunId);
        if (run.DryRun)
        {
            await store.RecordDryRunAsync(intent, cancellationToken);
            run.Record(action, invitation.Identity, ActionResult.DryRun, decision.Rule);
            return;
        }

        var id = await store.RecordIntentAsync(intent, cancellationToken);
        var watch = run.BeginAction(action, invitation.Identity);
        await ClickAsync(id, action, invitation, buttons[0], cancellationToken);
        var answered = await run.AwaitProofAsync(
            action,
            invitation.Identity,
            () => AfterClick.UntilAsync(run, s_page, async () => (await ButtonsAsync(invitation, element, enabledOnly: false)).Count == 0, cancellationToken),
            why => store.MarkFailedAsync(id, why, CancellationToken.None));

        // Unchanged card: whether LinkedIn took the click is unknown, so the intent stays open.
        var verdict = watch.Judge(answered);
        await run.RecordVerdictAsync(
            watch,
            verdict,
            decision.Rule,
            () => store.MarkDoneAsync(id, CancellationToken.None),
            why => store.MarkFailedAsync(id, why, CancellationToken.None),
            "the invitation card did not change after the click: " + verdict.Detail);
    }

    private async Task ClickAsync(long id, string action, ReceivedInvitation invitation, ILocator button, CancellationToken cancellationToken)
    {
        try
        {
            await run.Page.Input.ClickAsync(button, cancellationToken);
        }
        catch (Exception ex) when (ex is TimeoutException or PlaywrightException or InvalidOperationException)
        {
            // The button never became clickable: nothing reached LinkedIn.
            await store.MarkFailedAsync(id, "could not click: " + ex.Message.Split('\n')[0], CancellationToken.None);
            run.Record(action, invitation.Identity, ActionResult.Failed, "could not click the button");
            throw;
        }
    }

    // The card is looked up again by identity: an earlier ignore may have removed a card above it.
    private async Task<IReadOnlyList<ILocator>> ButtonsAsync(ReceivedInvitation invitation, string element, bool enabledOnly = true) =>
        await PersonCards.FindAsync(run.Page, "invitations.card", "invitations.inviter_link", invitation.Identity) is { } card
            ? await PersonCards.NamedButtonsAsync(run.Page, element, card, invitation.FullName, enabledOnly)
            : [];
}
