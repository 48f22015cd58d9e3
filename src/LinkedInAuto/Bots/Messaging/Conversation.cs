using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Engine;
using LinkedInAuto.Pages.States;
using LinkedInAuto.Pages.Text;
using Microsoft.Playwright;

namespace LinkedInAuto.Bots.Messaging;

/// <summary>An open conversation (overlay bubble, modal or full messaging page): recipient check, composer, send and proof (docs/linkedin-pages.md §3.4, §5 rules 11–14).</summary>
public sealed class Conversation(BotRun run, ILocator scope)
{
    private const string EventUrnScript = """
        el => el.getAttribute('data-event-urn') || (el.querySelector('[data-event-urn]') || { getAttribute: () => '' }).getAttribute('data-event-urn') || ''
        """;

    private static readonly PageExpectation s_messagingOrList = PageExpectation.Paths("/mynetwork/", "/messaging/", "/in/");

    /// <summary>Gets the conversation's element.</summary>
    public ILocator Scope => scope;

    private LinkedInPage Page => run.Page;

    private TimeSpan Timeout => run.Config.Browser.ActionTimeout;

    /// <summary>Checks the conversation is with the intended person: the header's profile link, else its name or recipient pill (§5 rule 12).</summary>
    public async Task<bool> IsWithAsync(string identity, string fullName)
    {
        var link = await Page.FindAsync("messaging.header_link", scope, visibleOnly: false);
        if (link.Found && ProfileLinks.Identity(await link.Matches[0].GetAttributeAsync("href")) is { } linked)
        {
            return linked == identity;
        }

        var wanted = PageText.Fold(fullName);
        var header = await Page.FindAsync("messaging.header", scope);
        if (header.Found && PageText.Fold(await header.Matches[0].InnerTextAsync()) == wanted)
        {
            return true;
        }

        var pill = await Page.FindAsync("messaging.recipient_pill", scope);
        return pill.Found && pill.Matches.Count == 1 && PageText.Fold(await pill.Matches[0].InnerTextAsync()) == wanted;
    }

    /// <summary>Replaces the composer's text (pre-filled by LinkedIn) with <paramref name="message"/> and reads it back (§5 rule 13).</summary>
    /// <exception cref="BotStepException">The composer is missing or does not hold exactly the message afterwards.</exception>
    public async Task WriteAsync(string message, CancellationToken cancellationToken)
    {
        var composer = await FindOrFailAsync("messaging.composer", "the message composer did not appear");
        await Page.Input.ClearAsync(composer, cancellationToken);
        await Page.Input.TypeAsync(composer, message, cancellationToken);
        var written = PageText.Normalize(await composer.InnerTextAsync());
        if (written != PageText.Normalize(message))
        {
            throw new BotStepException("the composer does not hold the message that was typed; nothing was sent");
        }
    }

    /// <summary>Finds the Send button and checks it is usable, without clicking it.</summary>
    /// <exception cref="BotStepException">No Send button (Enter-to-send mode) or it stays disabled.</exception>
    public async Task<ILocator> SendButtonAsync()
    {
        var send = await Page.FindAsync("messaging.send", scope);
        if (!send.Found)
        {
            var toggle = await Page.FindAsync("messaging.send_toggle", scope);
            throw new BotStepException(toggle.Found
                ? "the account uses \"Press Enter to Send\": the composer has no Send button; turn that preference off on LinkedIn"
                : "the Send button is missing");
        }

        var button = send.Matches[^1];
        if (!await button.IsEnabledAsync() || await button.GetAttributeAsync("aria-disabled") == "true")
        {
            throw new BotStepException("the Send button stays disabled; nothing was sent");
        }

        return button;
    }

    /// <summary>Clicks Send (the irreversible step), declines a share-your-profile prompt, and waits for the proof of sending.</summary>
    /// <param name="sendButton">The Send button.</param>
    /// <param name="message">The text sent.</param>
    /// <param name="refused">Tells whether LinkedIn already refused the send on the network: waiting for a proof then ends.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public async Task<SendProof> SendAsync(ILocator sendButton, string message, Func<bool> refused, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refused);
        var before = (await Page.FindAsync("messaging.message_item", scope, visibleOnly: false)).Matches.Count;
        await Page.Input.ClickAsync(sendButton, cancellationToken);
        var started = run.Time.GetTimestamp();
        while (run.Time.GetElapsedTime(started) < Timeout && !refused())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), run.Time, cancellationToken);
            var prompt = await Page.FindAsync("messaging.share_prompt");
            if (prompt.Found)
            {
                await Page.Input.ClickAsync(await Page.FindOneAsync("messaging.share_decline", prompt.Matches[0]), cancellationToken);
                continue;
            }

            if ((await Page.FindAsync("state.error_toast")).Found)
            {
                return SendProof.Rejected;
            }

            if (await IsProvenAsync(before, message))
            {
                return SendProof.Verified;
            }
        }

        return SendProof.Unconfirmed;
    }

    /// <summary>Gets a value indicating whether a message of mine with exactly this text is in the conversation (crash recovery).</summary>
    public async Task<bool> ContainsAsync(string message)
    {
        var wanted = PageText.Normalize(message);
        foreach (var item in (await Page.FindAsync("messaging.message_item", scope, visibleOnly: false)).Matches)
        {
            if (PageText.Normalize(await item.InnerTextAsync()).EndsWith(wanted, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Closes this conversation only (never another bubble), then checks the page.</summary>
    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        var close = await Page.FindAsync("messaging.close", scope);
        if (close.Found)
        {
            await Page.Input.ClickAsync(close.Matches[0], cancellationToken);
        }

        await Page.CheckAsync(s_messagingOrList, cancellationToken);
    }

    // A real send (§3.4): a new item at the END of the list carrying urn:li:msg_message:…, whose text is the message,
    // with the composer emptied. Text still in the composer, or matching an older message, proves nothing.
    private async Task<bool> IsProvenAsync(int before, string message)
    {
        var items = (await Page.FindAsync("messaging.message_item", scope, visibleOnly: false)).Matches;
        if (items.Count <= before)
        {
            return false;
        }

        var last = items[^1];
        var urn = await last.EvaluateAsync<string>(EventUrnScript);
        if (!urn.StartsWith("urn:li:msg_message:", StringComparison.Ordinal)
            || !PageText.Normalize(await last.InnerTextAsync()).EndsWith(PageText.Normalize(message), StringComparison.Ordinal))
        {
            return false;
        }

        var composer = await Page.FindAsync("messaging.composer", scope);
        return !composer.Found || PageText.Normalize(await composer.Matches[0].InnerTextAsync()).Length == 0;
    }

    private async Task<ILocator> FindOrFailAsync(string element, string problem)
    {
        var match = await Page.WaitForAsync(element, Timeout, scope);
        return match.Found ? match.Matches[0] : throw new BotStepException(problem);
    }
}

/// <summary>What the page showed after Send.</summary>
public enum SendProof
{
    /// <summary>The new message is at the end of the conversation with its server id; the composer is empty.</summary>
    Verified,

    /// <summary>LinkedIn refused it (error toast): not sent.</summary>
    Rejected,

    /// <summary>No proof within the timeout: the outcome is unknown; never retried before the conversation is read again.</summary>
    Unconfirmed,
}
