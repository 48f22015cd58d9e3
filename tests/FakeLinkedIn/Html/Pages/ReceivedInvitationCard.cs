using System.Globalization;
using FakeLinkedIn.State;

namespace FakeLinkedIn.Html.Pages;

/// <summary>A received invitation (§3.5) in the new layout (<c>data-view-name</c>) or, in the DOM variant, the old one (<c>li.invitation-card</c>).</summary>
internal static class ReceivedInvitationCard
{
    public static string Render(PageContext ctx, ReceivedInvitation inv) =>
        inv.Status == "ignored" ? "" : ctx.MarkupB ? MarkupB.ReceivedB.Card(ctx, inv) : ctx.Variant ? Old(ctx, inv) : New(ctx, inv);

    private static string New(PageContext ctx, ReceivedInvitation inv) => $"""
        <div role="listitem" data-view-name="pending-invitation" data-invitation-id="{inv.Id}" class="{ctx.C("inv-card")}">
          {Identity(ctx, inv, "")}
          <p class="{ctx.C("text")} {ctx.C("inv-headline")}">{H.E(inv.Subtitle)}</p>
          {Mutual(ctx, inv)}
          {Note(ctx, inv)}
          <div class="{ctx.C("inv-actions")}">{Actions(ctx, inv, "artdeco-button artdeco-button--2 artdeco-button--tertiary", "artdeco-button artdeco-button--2 artdeco-button--secondary")}</div>
        </div>
        """;

    private static string Old(PageContext ctx, ReceivedInvitation inv) => $"""
        <li class="invitation-card artdeco-list__item {ctx.C("inv-card")}" data-invitation-id="{inv.Id}">
          <div class="invitation-card__container">
            {Identity(ctx, inv, "invitation-card__title")}
            <span class="invitation-card__subtitle t-14 t-black--light">{H.E(inv.Subtitle)}</span>
            {Mutual(ctx, inv)}
            {Note(ctx, inv)}
            <div class="invitation-card__action-container">{Actions(ctx, inv,
                "invitation-card__action-btn artdeco-button artdeco-button--muted artdeco-button--2 artdeco-button--tertiary",
                "invitation-card__action-btn artdeco-button artdeco-button--2 artdeco-button--secondary")}</div>
          </div>
        </li>
        """;

    /// <summary>Person: <c>/in/</c> link with the name in <c>span[aria-hidden]</c>; page/event: a link elsewhere, no <c>/in/</c>.</summary>
    private static string Identity(PageContext ctx, ReceivedInvitation inv, string titleClass)
    {
        if (inv.From is { } p)
        {
            return $"""<a href="{p.ProfilePath}" class="{ctx.C("inv-link")}"><img src="{PageContext.Avatar(p.Id)}" alt="{H.E(p.Name)}" width="72" height="72"><span aria-hidden="true" class="{titleClass}">{H.E(p.Name)}</span><span class="visually-hidden">{H.E(ctx.T($"{p.Name}’s profile", $"Profil de {p.Name}"))}</span></a>""";
        }

        var path = inv.Kind == "page" ? "/company/" : inv.Kind == "event" ? "/events/" : "/newsletters/";
        var slug = TextKey.Normalize(inv.Title).Replace(' ', '-');
        var verb = inv.Kind switch
        {
            "page" => ctx.T("invited you to follow", "vous invite à suivre"),
            "event" => ctx.T("invited you to attend", "vous invite à participer à"),
            _ => ctx.T("invited you to subscribe to", "vous invite à vous abonner à"),
        };
        return $"""<a href="{path}{slug}/" class="{ctx.C("inv-link")}"><span aria-hidden="true" class="{titleClass}">{H.E(inv.Title)}</span></a><p class="{ctx.C("text")}">{verb}</p>""";
    }

    private static string Mutual(PageContext ctx, ReceivedInvitation inv)
    {
        if (inv.MutualCount <= 0)
        {
            return "";
        }

        var n = inv.MutualCount;
        var others = (n - 1).ToString(CultureInfo.InvariantCulture);
        var text = (inv.MutualName, n) switch
        {
            (null, 1) => ctx.T("1 mutual connection", "1 relation en commun"),
            (null, _) => ctx.T($"{n} mutual connections", $"{n} relations en commun"),
            (var name, 1) => ctx.T($"{name} is a mutual connection", $"{name} est une relation que vous avez en commun"),
            (var name, _) => ctx.T($"{name} and {others} other mutual connections", $"{name} et {others} autres relations en commun"),
        };
        return $"""<p class="{ctx.C("text")} {ctx.C("inv-insight")} member-insights__reason">{H.E(text)}</p>""";
    }

    private static string Note(PageContext ctx, ReceivedInvitation inv)
    {
        if (string.IsNullOrEmpty(inv.Note))
        {
            return "";
        }

        if (ctx.Faults.PlainNotes)
        {
            // The note as plain text: no "Reply", no "…see more".
            return $"""<p class="{ctx.C("text")} {ctx.C("inv-note")}">{H.E(inv.Note)}</p>""";
        }

        const int Shown = 70;
        var reply = inv.From is null ? "" : $"""<a href="/messaging/compose/?recipient={inv.From.Id}&amp;invitationId={inv.Id}" class="{ctx.C("inv-reply")}">{ctx.T("Reply", "Répondre")}</a>""";
        var body = inv.Note.Length <= Shown
            ? $"""<span class="{ctx.C("note-text")}">{H.E(inv.Note)}</span>"""
            : $"""<span class="{ctx.C("note-text")}">{H.E(inv.Note[..Shown])}</span><span hidden>{H.E(inv.Note[Shown..])}</span><button type="button" class="{ctx.C("see-more")}">{ctx.T("…see more", "…voir plus")}</button>""";
        return $"""<div class="{ctx.C("inv-note")}"><p class="{ctx.C("text")}">{body}</p>{reply}</div>""";
    }

    private static string Actions(PageContext ctx, ReceivedInvitation inv, string ignoreClass, string acceptClass)
    {
        if (inv.Status == "accepted")
        {
            return inv.From is { } p
                ? $"""<p class="{ctx.C("text")}">{H.E(ctx.T($"{p.Name} is now a connection", $"{p.Name} fait maintenant partie de votre réseau"))}</p><a href="/messaging/compose/?recipient={p.Id}" class="artdeco-button artdeco-button--secondary" aria-label="{H.E(ctx.T("Message ", "Envoyer un message à ") + p.Name)}">Message</a>"""
                : $"""<p class="{ctx.C("text")}">{H.E(ctx.T($"You accepted the invitation to {inv.Title}", $"Vous avez accepté l’invitation à {inv.Title}"))}</p>""";
        }

        var name = inv.Title;
        return $"""
            <button type="button" class="{ignoreClass} {ctx.C("ignore-button")}" aria-label="{H.E(ctx.T($"Ignore {name}’s invitation", $"Ignorer l’invitation de {name}"))}"><span class="artdeco-button__text">{ctx.T("Ignore", "Ignorer")}</span></button>
            <button type="button" class="{acceptClass} {ctx.C("accept-button")}" aria-label="{H.E(ctx.T($"Accept {name}’s invitation", $"Accepter l’invitation de {name}"))}"><span class="artdeco-button__text">{ctx.T("Accept", "Accepter")}</span></button>
            """;
    }
}
