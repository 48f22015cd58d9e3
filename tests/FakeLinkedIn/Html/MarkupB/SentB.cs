using FakeLinkedIn.Html.Pages;
using FakeLinkedIn.State;

namespace FakeLinkedIn.Html.MarkupB;

/// <summary>Sent invitations in the second markup: photo link first, name only in its alt and the Withdraw label, the age as plain text, no <c>time</c>.</summary>
internal static class SentB
{
    public static string Page(PageContext ctx)
    {
        var items = ListSources.Items(ctx, "sent");
        var tag = ListTags.List(ctx);
        var (list, config) = LazyList.Render(ctx, "sent", items, $"""<{tag} class="{ctx.C("lazy-list")} {ctx.C("sent-list")}">""", $"</{tag}>");
        var main = $"""
            <section class="{ctx.C("inv-section")}">
              {InvitationTabs.Render(ctx, sent: true)}
              {ListTags.Empty(ctx, items.Count == 0, "No sent invitations", "Aucune invitation envoyée")}
              {list}
            </section>
            """;
        return Layout.Page(ctx, ctx.T("Sent invitations | LinkedIn", "Invitations envoyées | LinkedIn"), main, new { lazy = config, withdrawDialog = ctx.Faults.Withdraw != "no_dialog" });
    }

    public static string Item(PageContext ctx, SentInvitation s, int index)
    {
        var p = s.To;
        var elapsed = SentInvitationItem.Elapsed(ctx, ctx.Today.DayNumber - s.SentOn.DayNumber, Lang.Apos(index));
        var alt = index % 2 == 0 ? p.Name : ctx.T("Photo of ", "Photo de ") + p.Name;
        var tag = ListTags.Item(ctx);
        return $"""
            <{tag} class="{ctx.C("sent-item")}">
              <a href="{p.ProfilePath}" class="{ctx.C("sent-photo")}"><img src="{PageContext.Avatar(p.Id)}" alt="{H.E(alt)}" width="56" height="56"></a>
              <div class="{ctx.C("sent-body")}">
                <p class="{ctx.C("sent-headline")}">{H.E(p.Headline)}</p>
                <p class="{ctx.C("sent-age")}">{H.E(elapsed)}</p>
              </div>
              {ListTags.IconButton(ctx.C("withdraw-button"), ctx.T($"Withdraw invitation sent to {p.Name}", $"Retirer l’invitation envoyée à {p.Name}"))}
            </{tag}>
            """;
    }

    /// <summary>The confirmation dialog without LinkedIn's button classes: Withdraw and Cancel by their words.</summary>
    public static string Dialog(PageContext ctx, Person p) => $"""
        <div class="{ctx.C("modal-overlay")}">
          <div role="dialog" aria-modal="true" aria-labelledby="withdraw-title" class="{ctx.C("modal")}">
            <button type="button" class="{ctx.C("cancel")}" aria-label="{ctx.T("Dismiss", "Ignorer")}">×</button>
            <h2 id="withdraw-title">{ctx.T("Withdraw invitation", "Retirer l’invitation")}</h2>
            <p>{H.E(ctx.T($"If you withdraw now, you won’t be able to resend to {p.Name} for up to 3 weeks.",
                $"Si vous retirez cette invitation maintenant, vous ne pourrez pas en renvoyer une à {p.Name} pendant 3 semaines."))}</p>
            <div class="{ctx.C("modal-actions")}">
              <button type="button" class="{ctx.C("cancel")}">{ctx.T("Cancel", "Annuler")}</button>
              <button type="button" class="{ctx.C("confirm")}">{ctx.T("Withdraw", "Retirer")}</button>
            </div>
          </div>
        </div>
        """;
}
