using FakeLinkedIn.State;

namespace FakeLinkedIn.Html.Pages;

/// <summary><c>/messaging/</c>, <c>/messaging/thread/&lt;id&gt;/</c> and <c>/messaging/compose/</c>: conversation list and pane in <c>main</c>.</summary>
internal static class MessagingPage
{
    /// <summary>Renders the list and, when a person is given, that conversation's pane with a pre-filled composer.</summary>
    public static string Render(PageContext ctx, Person? with, string prefill, bool compose)
    {
        var pane = with is null
            ? $"""<div class="msg-convo-wrapper {ctx.C("pane")}"><h2 class="msg-entity-lockup__entity-title">{(compose ? ctx.T("New message", "Nouveau message") : "")}</h2></div>"""
            : ConversationPane.FullPage(ctx, with, prefill);
        var main = $"""
            <div class="msg-messaging-container {ctx.C("messaging")}">
              {List(ctx, with)}
              <section class="{ctx.C("pane-wrapper")}">{pane}</section>
            </div>
            """;
        var title = with is null ? ctx.T("Messaging | LinkedIn", "Messagerie | LinkedIn") : $"{with.Name} | LinkedIn";
        return Layout.Page(ctx, title, main, new { messaging = compose ? "compose" : "thread" });
    }

    private static string List(PageContext ctx, Person? selected)
    {
        var items = ctx.World.Conversations.Values.Select(c => $"""
            <li class="msg-conversation-listitem{(c.With == selected ? " active" : "")}">
              <a href="/messaging/thread/{c.Id}/" class="msg-conversation-listitem__link">
                <h3 class="msg-conversation-listitem__participant-names">{H.E(c.With.Name)}</h3>
                <p class="msg-conversation-card__message-snippet">{H.E(c.Messages.LastOrDefault()?.Text ?? "")}</p>
              </a>
            </li>
            """);
        return $"""
            <div class="msg-conversations-container {ctx.C("conversations")}">
              <h2 class="visually-hidden">{ctx.T("Conversations", "Conversations")}</h2>
              <ul class="msg-conversations-container__conversations-list">{string.Concat(items)}</ul>
            </div>
            """;
    }
}
