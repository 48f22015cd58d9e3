using LinkedInAuto.Bots.Messaging;
using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace LinkedInAuto.Bots.Birthday;

/// <summary>The wish send protocol: durable intent → composer from the card → recipient check → text → send → proof → record.</summary>
internal sealed partial class WishSender(BotRun run, WishLedger wishes)
{
    private const string Action = "wish";

    /// <summary>Wishes one person; a step that cannot be done safely stops the run (<see cref="BotStepException"/>).</summary>
    public async Task WishAsync(BirthdayCard card, ILocator element, DateOnly occurrence, MessageCatalog catalog, CancellationToken cancellationToken)
    {
        var days = card.Elapsed.Days;
        var since = run.Time.GetUtcNow().AddYears(-run.Config.Birthday.AvoidRepeatYears).UtcDateTime;
        var recent = (await wishes.TemplatesSentSinceAsync(card.Identity, since, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var template = MessageCatalog.Choose(days == 0 ? catalog.Today : catalog.Late, recent, Random.Shared);
        var text = template.Render(FirstName.For(card.FullName, card.FirstName), card.FullName, days);
        var intent = new WishIntent(card.Identity, card.FullName, occurrence, days, template.Id, text, run.RunId);

        long? wishId = null;
        if (!run.DryRun)
        {
            try
            {
                wishId = await wishes.RecordIntentAsync(intent, cancellationToken);
            }
            catch (DuplicateWishException)
            {
                run.Record(Action, card.Identity, ActionResult.Skipped, "already wished for this birthday");
                return;
            }
        }

        var clicked = false;
        try
        {
            var conversation = await OpenAsync(card, element, cancellationToken);
            await conversation.WriteAsync(text, cancellationToken);
            var send = await conversation.SendButtonAsync();
            if (wishId is not { } id)
            {
                await wishes.RecordDryRunAsync(intent, cancellationToken);
                await conversation.CloseAsync(cancellationToken);
                run.Record(Action, card.Identity, ActionResult.DryRun, text);
                return;
            }

            clicked = true;
            var proof = await conversation.SendAsync(send, text, cancellationToken);
            await RecordProofAsync(id, card, text, proof, cancellationToken);
            await conversation.CloseAsync(cancellationToken);
        }
        catch (Exception ex) when (!clicked && wishId is { } id && ex is not OperationCanceledException)
        {
            // Send was never clicked: the message surely did not leave, a later run may try again.
            await wishes.MarkFailedAsync(id, ex.Message, CancellationToken.None);
            run.Record(Action, card.Identity, ActionResult.Failed, ex.Message);
            throw;
        }
    }

    /// <summary>Resolves wishes whose outcome is unknown (crash or power cut after the intent) by reading their conversation, before any new wish.</summary>
    public async Task ResolveUnknownOutcomesAsync(IReadOnlyList<(BirthdayCard Card, ILocator Element)> cards, CancellationToken cancellationToken)
    {
        foreach (var wish in await wishes.FindUnresolvedAsync(cancellationToken))
        {
            var identity = wish.Contact!.ProfileUrl;
            var (card, element) = cards.FirstOrDefault(c => c.Card.Identity == identity);
            if (card is null || wish.IntendedText is null)
            {
                LogCannotResolve(run.Logger, identity);
                continue;
            }

            var conversation = await OpenAsync(card, element, cancellationToken);
            var sent = await conversation.ContainsAsync(wish.IntendedText);
            if (sent)
            {
                await wishes.MarkSentAsync(wish.Id, wish.IntendedText, cancellationToken);
                await wishes.MarkVerifiedAsync(wish.Id, cancellationToken);
            }
            else
            {
                await wishes.MarkFailedAsync(wish.Id, "not found in the conversation after an interrupted run", cancellationToken);
            }

            LogResolved(run.Logger, identity, sent);
            await conversation.CloseAsync(cancellationToken);
        }
    }

    private async Task<Conversation> OpenAsync(BirthdayCard card, ILocator element, CancellationToken cancellationToken)
    {
        var action = await run.Page.FindOneAsync("birthday.wish", element);
        var conversation = await ConversationOpener.OpenAsync(run, action, cancellationToken)
            ?? throw new BotStepException($"the message composer did not open for {card.Identity}");
        if (!await conversation.IsWithAsync(card.Identity, card.FullName))
        {
            await conversation.CloseAsync(cancellationToken);
            throw new BotStepException($"the conversation that opened is not with {card.FullName} ({card.Identity}); nothing was sent");
        }

        return conversation;
    }

    private async Task RecordProofAsync(long wishId, BirthdayCard card, string text, SendProof proof, CancellationToken cancellationToken)
    {
        switch (proof)
        {
            case SendProof.Verified:
                await wishes.MarkSentAsync(wishId, text, CancellationToken.None);
                await wishes.MarkVerifiedAsync(wishId, CancellationToken.None);
                run.Record(Action, card.Identity, ActionResult.Done, text);
                break;
            case SendProof.Rejected:
                await wishes.MarkFailedAsync(wishId, "LinkedIn refused the message (error toast)", CancellationToken.None);
                run.Record(Action, card.Identity, ActionResult.Failed, "LinkedIn refused the message");
                break;
            default:
                // Unknown outcome: the intent stays open and the next run reads the conversation before anything else.
                run.Record(Action, card.Identity, ActionResult.Unconfirmed, "no proof of sending appeared; the conversation is checked at the next run");
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A wish to {ProfileUrl} has an unknown outcome and its card is not on the page; it stays open and blocks any second wish")]
    private static partial void LogCannotResolve(ILogger logger, string profileUrl);

    [LoggerMessage(Level = LogLevel.Information, Message = "Unknown outcome of the wish to {ProfileUrl} resolved from the conversation: sent = {WasSent}")]
    private static partial void LogResolved(ILogger logger, string profileUrl, bool wasSent);
}
