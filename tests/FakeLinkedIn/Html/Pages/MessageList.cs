using FakeLinkedIn.State;

namespace FakeLinkedIn.Html.Pages;

/// <summary>The message list of a conversation: runs headed by the sender's profile link, items carrying <c>data-event-urn</c>.</summary>
internal static class MessageList
{
    public static string Render(PageContext ctx, Person with, IReadOnlyList<ChatMessage> messages)
    {
        var items = new List<string>();
        bool? previousFromMe = null;
        DateOnly? previousDay = null;
        foreach (var m in messages)
        {
            // A new day opens with its heading and a new run of messages.
            var heading = m.On is { } day && day != previousDay ? MessageDays.Heading(ctx, day) : "";
            var header = previousFromMe == m.FromMe && heading.Length == 0 ? "" : SenderLink(m.FromMe ? ctx.World.Me.Name : with.Name,
                m.FromMe ? $"/in/{Uri.EscapeDataString(ctx.World.Me.Slug)}/" : with.ProfilePath);
            previousFromMe = m.FromMe;
            previousDay = m.On ?? previousDay;
            items.Add(Item(ctx, heading + header, m.Text, m.EventUrn));
        }

        return $"""
            <div class="msg-s-message-list {ctx.C("msg-list")}">
              <ul class="msg-s-message-list-content list-style-none">{string.Concat(items)}</ul>
            </div>
            """;
    }

    /// <summary>One list item; the new build puts <c>data-event-urn</c> on the item, the variant on the inner event div.</summary>
    public static string Item(PageContext ctx, string header, string text, string? eventUrn)
    {
        var urn = eventUrn is null ? "" : $" data-event-urn=\"{H.E(eventUrn)}\"";
        return ctx.Variant || ctx.MarkupB
            ? $"""<li class="msg-s-message-list__event">{header}<div class="msg-s-event-listitem"{urn}><p class="msg-s-event-listitem__body">{H.E(text)}</p></div></li>"""
            : $"""<li class="msg-s-message-list__event" data-view-name="message-list-item"{urn}>{header}<div class="msg-s-event-listitem"><p class="msg-s-event-listitem__body">{H.E(text)}</p></div></li>""";
    }

    public static string SenderLink(string name, string path) =>
        $"""<a href="{path}" class="msg-s-message-group__profile-link"><span class="msg-s-message-group__name">{H.E(name)}</span></a>""";
}
