namespace FakeLinkedIn.Html.Pages;

/// <summary><c>/mynetwork/invitation-manager/</c> and <c>…/received/</c>: pending invitations with Accept / Ignore.</summary>
internal static class ReceivedInvitationsPage
{
    public static string Render(PageContext ctx)
    {
        if (ctx.MarkupB)
        {
            return MarkupB.ReceivedB.Page(ctx);
        }

        var pending = ctx.World.Received.Where(i => i.Status != "ignored").ToList();
        var cards = string.Concat(pending.Select(i => ReceivedInvitationCard.Render(ctx, i)));
        var list = pending.Count == 0
            ? $"""<p class="{ctx.C("empty")}">{ctx.T("No pending invitations", "Aucune invitation en attente")}</p>"""
            : ctx.Variant
                ? $"""<ul class="artdeco-list {ctx.C("inv-list")}">{cards}</ul>"""
                : $"""<div role="list" class="{ctx.C("inv-list")}">{cards}</div>""";
        var main = $"""
            <section class="artdeco-card {ctx.C("inv-section")}">
              {InvitationTabs.Render(ctx, sent: false)}
              {list}
            </section>
            """;
        return Layout.Page(ctx, ctx.T("Invitations | LinkedIn", "Invitations | LinkedIn"), main, null, Popups.GrowingNetwork(ctx));
    }
}
