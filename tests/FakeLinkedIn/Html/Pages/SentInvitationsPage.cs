namespace FakeLinkedIn.Html.Pages;

/// <summary><c>/mynetwork/invitation-manager/sent/</c>: sent invitations with elapsed time and Withdraw, appended on scroll.</summary>
internal static class SentInvitationsPage
{
    public static string Render(PageContext ctx)
    {
        if (ctx.MarkupB)
        {
            return MarkupB.SentB.Page(ctx);
        }

        var items = ListSources.Items(ctx, "sent");
        var (open, close) = ctx.Variant
            ? ($"""<div class="{ctx.C("lazy-list")} {ctx.C("sent-list")}">""", "</div>")
            : ($"""<ul class="artdeco-list {ctx.C("lazy-list")} {ctx.C("sent-list")}">""", "</ul>");
        var (list, config) = LazyList.Render(ctx, "sent", items, open, close);
        var main = $"""
            <section class="artdeco-card {ctx.C("inv-section")}">
              {InvitationTabs.Render(ctx, sent: true)}
              {(items.Count == 0 ? $"""<p class="{ctx.C("empty")}">{ctx.T("No pending invitations", "Aucune invitation en attente")}</p>""" : "")}
              {list}
            </section>
            """;
        return Layout.Page(ctx, ctx.T("Sent invitations | LinkedIn", "Invitations envoyées | LinkedIn"), main, new { lazy = config, withdrawDialog = ctx.Faults.Withdraw != "no_dialog" });
    }
}
