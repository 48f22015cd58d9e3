namespace FakeLinkedIn.Html;

/// <summary>The always-present docked messaging list; it proves nothing about an open conversation.</summary>
internal static class DockedMessaging
{
    public static string Render(PageContext ctx)
    {
        var items = string.Concat(ctx.World.Conversations.Values.Take(5).Select(c => $"""
            <li class="msg-overlay-list-bubble__convo-item {ctx.C("docked-item")}">
              <a href="/messaging/thread/{c.Id}/" class="{ctx.C("docked-link")}">
                <span class="msg-conversation-listitem__participant-names">{H.E(c.With.Name)}</span>
              </a>
            </li>
            """));
        return $"""
            <div id="msg-overlay" class="msg-overlay-container {ctx.C("overlay")}">
              <div class="msg-overlay-list-bubble {ctx.C("docked")}">
                <header class="msg-overlay-bubble-header">
                  <h2 class="msg-overlay-bubble-header__title t-14">{ctx.T("Messaging", "Messagerie")}</h2>
                </header>
                <div class="msg-overlay-list-bubble__content"><ul class="{ctx.C("docked-list")}">{items}</ul></div>
              </div>
            </div>
            """;
    }
}
