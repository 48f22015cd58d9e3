using LinkedInAuto.Bots.Runs;
using Microsoft.Playwright;

namespace LinkedInAuto.Bots.Messaging;

/// <summary>Reads the loaded messages of an open conversation: each one's text, sender and day, in order.</summary>
/// <remarks>
/// A message's day is the last day heading before it (or inside it) in document order, and its sender the last
/// sender link before it (or inside it): LinkedIn heads each run of messages with both, not each message.
/// </remarks>
internal static class ThreadReader
{
    private const string Script = """
        (root, [items, headings, senders]) => {
            const order = (a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) ? -1 : 1;
            headings.sort(order);
            senders.sort(order);
            const upTo = (it, list) => {
                let last = null;
                for (const el of list) {
                    if (it.contains(el) || (el.compareDocumentPosition(it) & Node.DOCUMENT_POSITION_FOLLOWING)) { last = el; }
                }
                return last;
            };
            return items.flatMap(it => {
                const heading = upTo(it, headings);
                const sender = upTo(it, senders);
                let text = it.innerText || '';
                for (const inner of [heading, sender]) {
                    if (inner && it.contains(inner)) { text = text.replace(inner.innerText || '', ''); }
                }
                return [text, heading ? (heading.innerText || heading.getAttribute('datetime') || '') : '', sender ? (sender.getAttribute('href') || '') : ''];
            });
        }
        """;

    /// <summary>Reads the messages of <paramref name="conversation"/>, oldest first.</summary>
    public static async Task<IReadOnlyList<ThreadMessage>> ReadAsync(BotRun run, Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(conversation);
        var page = run.Page;
        var items = await HandlesAsync(page.FindAsync("messaging.message_item", conversation.Scope, visibleOnly: false));
        if (items.Count == 0)
        {
            return [];
        }

        var headings = await HandlesAsync(page.FindAsync("messaging.time_heading", conversation.Scope, visibleOnly: false));
        var senders = await HandlesAsync(page.FindAsync("messaging.sender_link", conversation.Scope, visibleOnly: false));
        var flat = await conversation.Scope.EvaluateAsync<string[]>(Script, new object[] { items, headings, senders });
        var today = run.Today;
        var messages = new List<ThreadMessage>();
        for (var i = 0; i + 2 < flat.Length; i += 3)
        {
            messages.Add(new ThreadMessage(flat[i].Trim(), ProfileLinks.Identity(flat[i + 2]), flat[i + 1].Trim(), MessageDay.Parse(flat[i + 1], today)));
        }

        return messages;
    }

    private static async Task<List<IElementHandle>> HandlesAsync(Task<Pages.Selectors.ElementMatch> find)
    {
        var handles = new List<IElementHandle>();
        foreach (var match in (await find).Matches)
        {
            if (await match.ElementHandleAsync() is { } handle)
            {
                handles.Add(handle);
            }
        }

        return handles;
    }
}

/// <summary>One message of a conversation as read.</summary>
/// <param name="Text">Its text (without the sender's name or the day heading).</param>
/// <param name="Sender">The sender's canonical profile URL, or null when no sender link was found.</param>
/// <param name="DayText">The day heading it falls under, as shown.</param>
/// <param name="Day">That day, or null when it could not be read.</param>
internal sealed record ThreadMessage(string Text, string? Sender, string DayText, DateOnly? Day);
