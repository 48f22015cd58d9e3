using System.Globalization;
using FakeLinkedIn.Html.Pages;
using FakeLinkedIn.State;

namespace FakeLinkedIn.Html.MarkupB;

/// <summary>Received invitations in the second markup: photo link first (name only in its alt and the buttons' labels), plain-text note, icon buttons.</summary>
internal static class ReceivedB
{
    public static string Page(PageContext ctx)
    {
        var pending = ctx.World.Received.Where(i => i.Status != "ignored").ToList();
        var tag = ListTags.List(ctx);
        var main = $"""
            <section class="{ctx.C("inv-section")}">
              {InvitationTabs.Render(ctx, sent: false)}
              {ListTags.Empty(ctx, pending.Count == 0, "No pending invitations", "Aucune invitation en attente")}
              <{tag} class="{ctx.C("inv-list")}">{string.Concat(pending.Select(i => Card(ctx, i)))}</{tag}>
            </section>
            """;
        return Layout.Page(ctx, ctx.T("Invitations | LinkedIn", "Invitations | LinkedIn"), main, null, Popups.GrowingNetwork(ctx));
    }

    public static string Card(PageContext ctx, ReceivedInvitation inv)
    {
        if (inv.Status == "ignored")
        {
            return "";
        }

        var tag = ListTags.Item(ctx);
        return $"""
            <{tag} class="{ctx.C("inv-card")}" data-invitation-id="{inv.Id}">
              {Identity(ctx, inv)}
              <div class="{ctx.C("inv-body")}">
                <p class="{ctx.C("inv-subtitle")}">{H.E(inv.Subtitle)}</p>
                {Mutual(ctx, inv)}
                {(string.IsNullOrEmpty(inv.Note) ? "" : $"""<p class="{ctx.C("inv-message")}">{H.E(inv.Note)}</p>""")}
              </div>
              <div class="{ctx.C("inv-actions")}">{Actions(ctx, inv)}</div>
            </{tag}>
            """;
    }

    private static string Identity(PageContext ctx, ReceivedInvitation inv)
    {
        if (inv.From is { } p)
        {
            return $"""<a href="{p.ProfilePath}" class="{ctx.C("inv-photo")}"><img src="{PageContext.Avatar(p.Id)}" alt="{H.E(p.Name)}" width="64" height="64"></a>""";
        }

        var path = inv.Kind == "page" ? "/company/" : inv.Kind == "event" ? "/events/" : "/newsletters/";
        return $"""<a href="{path}{TextKey.Normalize(inv.Title).Replace(' ', '-')}/" class="{ctx.C("inv-photo")}"><img src="/static/avatar/page.svg" alt="{H.E(inv.Title)}" width="64" height="64"></a>""";
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
        return $"""<p class="{ctx.C("inv-mutual")}">{H.E(text)}</p>""";
    }

    private static string Actions(PageContext ctx, ReceivedInvitation inv)
    {
        if (inv.Status == "accepted")
        {
            return inv.From is { } p
                ? $"""<p>{H.E(ctx.T($"{p.Name} is now a connection", $"{p.Name} fait maintenant partie de votre réseau"))}</p><a href="/messaging/compose/?recipient={p.Id}" aria-label="{H.E(ctx.T("Send a message to ", "Envoyer un message à ") + p.Name)}">Message</a>"""
                : $"""<p>{H.E(ctx.T($"You accepted the invitation to {inv.Title}", $"Vous avez accepté l’invitation à {inv.Title}"))}</p>""";
        }

        var name = inv.Title;
        return ListTags.IconButton(ctx.C("ignore-button"), ctx.T($"Ignore {name}’s invitation", $"Ignorer l’invitation de {name}"))
            + ListTags.IconButton(ctx.C("accept-button"), ctx.T($"Accept {name}’s invitation", $"Accepter l’invitation de {name}"));
    }
}
