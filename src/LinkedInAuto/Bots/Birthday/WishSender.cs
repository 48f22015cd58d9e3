using LinkedInAuto.Bots.Messaging;
using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace LinkedInAuto.Bots.Birthday;

/// <summary>The wish send protocol: composer from the card → recipient check → the conversation read for an earlier wish →
/// durable intent → text → send → proof and network verdict → record.</summary>
internal sealed partial class WishSender(BotRun run, WishLedger wishes)
{
    /// <summary>The template id recorded for a wish found in the conversation rather than sent.</summary>
    public const string FoundTemplateId = "conversation";

    private const string Action = "wish";

    /// <summary>Wishes one person, unless the conversation already holds this birthday's wish; a step that cannot be done
    /// safely stops the run (<see cref="BotStepException"/>), and so does a refused or unconfirmed send (<see cref="ActionStoppedException"/>).</summary>
    public async Task WishAsync(BirthdayCard card, ILocator element, DateOnly occurrence, MessageCatalog catalog, CancellationToken cancellationToken)
    {
        var days = card.Elapsed.Days;
        var since = run.Time.GetUtcNow().AddYears(-run.Config.Birthday.AvoidRepeatYears).UtcDateTime;
        var recent = (await wishes.TemplatesSentSinceAsync(card.Identity, since, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var template = MessageCatalog.Choose(days == 0 ? catalog.Today : catalog.Late, recent, Random.Shared);
        var text = template.Render(FirstName.For(card.FullName, card.FirstName), card.FullName, days);
        var intent = new WishIntent(card.Identity, card.FullName, occurrence, days, template.Id, text, run.RunId);

        // The conversation is watched from the click that opens it: its requests are part of the wish.
        var watch = run.BeginAction(Action, card.Identity);
        var conversation = await OpenAsync(card, element, cancellationToken);
        var earlier = EarlierWish.Find(await ThreadReader.ReadAsync(run, conversation), card, occurrence, run.Config.Birthday.MaxDaysLate, catalog);
        if (earlier is not null)
        {
            await RecordFoundAsync(intent, earlier, cancellationToken);
            await conversation.CloseAsync(cancellationToken);
            run.EndAction(watch);
            run.Record(Action, card.Identity, ActionResult.Skipped, $"already wished (found in the conversation{(earlier.DayText.Length > 0 ? ", " + earlier.DayText : string.Empty)}): {earlier.Text}");
            return;
        }

        long? wishId = null;
        if (!run.DryRun)
        {
            try
            {
                wishId = await wishes.RecordIntentAsync(intent, cancellationToken);
            }
            catch (DuplicateWishException)
            {
                await conversation.CloseAsync(cancellationToken);
                run.EndAction(watch);
                run.Record(Action, card.Identity, ActionResult.Skipped, "already wished for this birthday");
                return;
            }
        }

        var clicked = false;
        try
        {
            await conversation.WriteAsync(text, cancellationToken);
            var send = await conversation.SendButtonAsync();
            if (wishId is not { } id)
            {
                await wishes.RecordDryRunAsync(intent, cancellationToken);
                await conversation.CloseAsync(cancellationToken);
                run.EndAction(watch);
                run.Record(Action, card.Identity, ActionResult.DryRun, text);
                return;
            }

            clicked = true;
            var proof = await conversation.SendAsync(send, text, () => watch.SawRefusal, cancellationToken);
            var verdict = watch.Judge(proof == SendProof.Verified, proof == SendProof.Rejected ? "an error toast" : null);
            // Unknown outcome: the intent stays open and the next run reads the conversation before anything else.
            await run.RecordVerdictAsync(
                watch,
                verdict,
                text,
                () => wishes.MarkSentAndVerifiedAsync(id, text, CancellationToken.None),
                why => wishes.MarkFailedAsync(id, why, CancellationToken.None),
                verdict.Detail + "; the conversation is checked at the next run");
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
                await wishes.MarkSentAndVerifiedAsync(wish.Id, wish.IntendedText, cancellationToken);
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

    private async Task RecordFoundAsync(WishIntent intent, ThreadMessage earlier, CancellationToken cancellationToken)
    {
        if (run.DryRun)
        {
            return;
        }

        try
        {
            await wishes.RecordFoundInConversationAsync(intent with { TemplateId = FoundTemplateId, Text = earlier.Text }, cancellationToken);
        }
        catch (DuplicateWishException)
        {
            // Recorded meanwhile: the history already blocks a second wish.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A wish to {ProfileUrl} has an unknown outcome and its card is not on the page; it stays open and blocks any second wish")]
    private static partial void LogCannotResolve(ILogger logger, string profileUrl);

    [LoggerMessage(Level = LogLevel.Information, Message = "Unknown outcome of the wish to {ProfileUrl} resolved from the conversation: sent = {WasSent}")]
    private static partial void LogResolved(ILogger logger, string profileUrl, bool wasSent);
}
