using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Pages.Selectors;
using LinkedInAuto.Pages.States;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using Microsoft.Playwright;

namespace LinkedInAuto.Bots.Invitations;

/// <summary>Withdraws one sent invitation: Withdraw naming the person → durable intent → click → confirm dialog → confirm → the item is gone.</summary>
/// <remarks>A missing dialog is a failure (docs/linkedin-pages.md §5 rule 11) and stops withdrawing; an item still listed after
/// confirming is unconfirmed and, like a refusal or a warning on the network, stops the run.</remarks>
internal sealed class InvitationWithdrawer(BotRun run, InvitationStore store)
{
    /// <summary>The rule recorded with each withdrawal.</summary>
    public const string Rule = "withdraw_after_days";

    private const string Action = "withdraw";
    private static readonly PageExpectation s_page = PageExpectation.Paths("/mynetwork/invitation-manager/");
    private static readonly PageExpectation s_withDialog = s_page.WithDialog();

    /// <summary>Withdraws <paramref name="invitation"/>; false when withdrawing must stop for this run (the dialog never came).</summary>
    public async Task<bool> WithdrawAsync(SentInvitation invitation, CancellationToken cancellationToken)
    {
        var buttons = await ButtonsAsync(invitation);
        if (buttons.Count != 1)
        {
            run.Record(Action, invitation.Identity, ActionResult.Failed, $"expected one Withdraw button naming {invitation.FullName}, found {buttons.Count}");
            return true;
        }

        var intent = new InvitationIntent(invitation.Identity, invitation.FullName, InvitationAction.Withdraw, Rule, run.RunId);
        if (run.DryRun)
        {
            // Not even the Withdraw click: were the confirmation dialog gone, that click alone would withdraw.
            await store.RecordDryRunAsync(intent, cancellationToken);
            run.Record(Action, invitation.Identity, ActionResult.DryRun, invitation.TimeText);
            return true;
        }

        var id = await store.RecordIntentAsync(intent, cancellationToken);
        var watch = run.BeginAction(Action, invitation.Identity);
        var gone = await run.AwaitProofAsync(
            Action,
            invitation.Identity,
            () => ClickAndConfirmAsync(id, buttons[0], invitation, cancellationToken),
            why => store.MarkFailedAsync(id, why, CancellationToken.None));
        if (gone is null)
        {
            var keepGoing = await NoDialogAsync(id, invitation);
            run.EndAction(watch);
            return keepGoing;
        }

        // Still listed after confirming: whether LinkedIn withdrew is unknown, so the intent stays open and the run stops.
        var verdict = watch.Judge(gone.Value);
        await run.RecordVerdictAsync(
            watch,
            verdict,
            invitation.TimeText,
            () => store.MarkDoneAsync(id, CancellationToken.None),
            why => store.MarkFailedAsync(id, why, CancellationToken.None),
            "still listed after confirming: " + verdict.Detail);

        // Whatever is still open now (an unknown dialog) stops the run: only our own dialog was expected.
        await run.Page.CheckAsync(s_page, cancellationToken);
        return true;
    }

    // Withdraw → dialog → confirm → gone; null when no dialog came.
    private async Task<bool?> ClickAndConfirmAsync(long id, ILocator withdraw, SentInvitation invitation, CancellationToken cancellationToken)
    {
        ILocator confirm;
        try
        {
            await run.Page.Input.ClickAsync(withdraw, cancellationToken);
            if (!await AfterClick.UntilAsync(run, s_withDialog, async () => (await run.Page.FindAsync("sent.confirm_dialog")).Found, cancellationToken))
            {
                return null;
            }

            confirm = await run.Page.FindOneAsync("sent.confirm", (await run.Page.FindAsync("sent.confirm_dialog")).Matches[^1]);
        }
        catch (Exception ex) when (ex is TimeoutException or PlaywrightException or InvalidOperationException or ElementNotFoundException)
        {
            // Confirm was never clicked, and the dialog came (or Withdraw was never clicked): nothing was withdrawn.
            await store.MarkFailedAsync(id, ex.Message.Split('\n')[0], CancellationToken.None);
            run.Record(Action, invitation.Identity, ActionResult.Failed, ex.Message.Split('\n')[0]);
            throw;
        }

        await run.Page.Input.ClickAsync(confirm, cancellationToken);
        return await AfterClick.UntilAsync(run, s_withDialog, async () => await IsGoneAsync(invitation), cancellationToken);
    }

    private async Task<bool> NoDialogAsync(long id, SentInvitation invitation)
    {
        // The history says what LinkedIn did; the run says the protocol broke, and withdrawing stops until a person looks.
        var gone = await IsGoneAsync(invitation);
        await RecordAsync(id, invitation, gone, "no confirmation dialog appeared" + (gone ? ", yet the invitation left the list" : string.Empty), ActionResult.Failed);
        await run.Page.SaveEvidenceAsync("withdraw-without-dialog");
        run.Stop("the withdraw confirmation dialog did not appear");
        return false;
    }

    private async Task RecordAsync(long id, SentInvitation invitation, bool gone, string detail, ActionResult? result = null)
    {
        if (gone)
        {
            await store.MarkDoneAsync(id, CancellationToken.None);
        }
        else
        {
            await store.MarkFailedAsync(id, detail, CancellationToken.None);
        }

        run.Record(Action, invitation.Identity, result ?? (gone ? ActionResult.Done : ActionResult.Failed), detail);
    }

    private async Task<bool> IsGoneAsync(SentInvitation invitation) =>
        await PersonCards.FindAsync(run.Page, "sent.item", "sent.link", invitation.Identity) is null
        && !(await run.Page.FindAsync("sent.confirm_dialog")).Found;

    // Items are looked up again by identity: each withdrawal removes one above the next.
    private async Task<IReadOnlyList<ILocator>> ButtonsAsync(SentInvitation invitation) =>
        await PersonCards.FindAsync(run.Page, "sent.item", "sent.link", invitation.Identity) is { } item
            ? await PersonCards.NamedButtonsAsync(run.Page, "sent.withdraw", item, invitation.FullName)
            : [];
}
