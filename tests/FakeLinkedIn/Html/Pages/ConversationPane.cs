using FakeLinkedIn.State;

namespace FakeLinkedIn.Html.Pages;

/// <summary>A conversation (header, messages, composer) as an overlay bubble or as the full-page pane, with composer faults applied.</summary>
internal static class ConversationPane
{
    private static int s_bubbleCounter;

    /// <summary>The person the composer really targets: with wrong_recipient, another connection.</summary>
    public static Person Target(PageContext ctx, Person requested) =>
        ctx.Faults.Composer == "wrong_recipient"
            ? ctx.World.People.FirstOrDefault(p => p != requested && ctx.World.DegreeOf(p) == 1) ?? requested
            : requested;

    public static string Bubble(PageContext ctx, Person requested, string prefill)
    {
        var p = Target(ctx, requested);
        var n = Interlocked.Increment(ref s_bubbleCounter);
        var title = ctx.Faults.Composer == "new_message"
            ? $"""<h2 id="message-overlay-title-{n}" class="msg-overlay-bubble-header__title">{ctx.T("New message", "Nouveau message")}</h2>{Pill(p)}"""
            : $"""<h2 id="message-overlay-title-{n}" class="msg-overlay-bubble-header__title"><a href="{p.ProfilePath}" class="profile-card-one-to-one__profile-link"><span>{H.E(p.Name)}</span></a></h2>""";
        var header = ctx.MarkupB && ctx.Faults.Composer != "new_message"
            ? MarkupB.ConversationB.BubbleHeader(ctx, p, n)
            : $"""
                {title}
                <button type="button" data-control-name="overlay.close_conversation_window" class="msg-overlay-bubble-header__control artdeco-button--circle"
                        aria-label="{H.E(ctx.T("Close your conversation with ", "Fermer votre conversation avec ") + p.Name)}">×</button>
                """;
        return $"""
            <aside class="msg-overlay-conversation-bubble {ctx.C("bubble")}" aria-labelledby="{(ctx.MarkupB ? "bubble-title-" : "message-overlay-title-")}{n}">
              <header class="{(ctx.MarkupB ? ctx.C("bubble-header") : "msg-overlay-bubble-header")}" data-recipient-urn="{p.Urn}">
                {header}
              </header>
              <div class="msg-overlay-conversation-bubble__content-wrapper">
                {Body(ctx, p, prefill)}
              </div>
            </aside>
            """;
    }

    /// <summary>The full-page pane of <c>/messaging/thread/…</c> and <c>/messaging/compose/</c>.</summary>
    public static string FullPage(PageContext ctx, Person requested, string prefill)
    {
        var p = Target(ctx, requested);
        var title = ctx.Faults.Composer == "new_message"
            ? $"""<h2 class="msg-entity-lockup__entity-title">{ctx.T("New message", "Nouveau message")}</h2>{Pill(p)}"""
            : $"""<h2 class="msg-entity-lockup__entity-title">{H.E(p.Name)}</h2><a href="{p.ProfilePath}" class="msg-thread__link-to-profile">{ctx.T("View profile", "Voir le profil")}</a>""";
        var bar = ctx.MarkupB && ctx.Faults.Composer != "new_message"
            ? MarkupB.ConversationB.PageTitle(ctx, p)
            : $"""<div class="msg-title-bar" data-recipient-urn="{p.Urn}">{title}</div>""";
        return $"""
            <div class="msg-convo-wrapper {ctx.C("pane")}">
              {bar}
              {Body(ctx, p, prefill)}
            </div>
            """;
    }

    private static string Pill(Person p) =>
        $"""<div class="msg-compose-form__recipient-pills"><span class="artdeco-pill artdeco-pill--choice">{H.E(p.Name)}</span></div>""";

    private static string Body(PageContext ctx, Person p, string prefill)
    {
        var conversation = ctx.World.Conversations.Values.FirstOrDefault(c => c.With == p);
        var messages = MessageList.Render(ctx, p, ThreadHistory.For(ctx, p, conversation));
        return messages + Composer(ctx, p, prefill);
    }

    private static string Composer(PageContext ctx, Person p, string prefill)
    {
        var mode = ctx.Faults.Composer;
        if (mode == "missing")
        {
            // The composer never renders: only a spinner where the form should be.
            return $"""<div class="artdeco-loader {ctx.C("loader")}"><span class="visually-hidden">{ctx.T("Loading…", "Chargement…")}</span></div>""";
        }

        var empty = prefill.Trim().Length == 0;
        var locked = mode == "send_disabled" ? ctx.C("send-locked") : "";
        var disabled = ctx.Variant
            ? $" aria-disabled=\"{(empty || locked.Length > 0).ToString().ToLowerInvariant()}\""
            : (empty || locked.Length > 0 ? " disabled" : "");
        var send = mode == "enter_to_send"
            ? $"""<div class="msg-form__send-toggle"><input type="checkbox" checked id="send-toggle-{p.Id}"><label for="send-toggle-{p.Id}">{ctx.T("Press Enter to Send", "Appuyer sur Entrée pour envoyer")}</label></div>"""
            : $"""<button class="msg-form__send-button artdeco-button artdeco-button--1" type="submit"{disabled}>{ctx.T("Send", "Envoyer")}</button>""";
        return $"""
            <form class="msg-form {locked} {ctx.C("form")}">
              <div class="msg-form__msg-content-container">
                <div class="msg-form__contenteditable t-14" role="textbox" contenteditable="true" aria-multiline="true"
                     aria-label="{ctx.T("Write a message…", "Rédigez un message…")}">{H.E(prefill)}</div>
              </div>
              <footer class="msg-form__footer">{send}</footer>
            </form>
            """;
    }
}
