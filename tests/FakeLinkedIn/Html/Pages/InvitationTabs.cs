namespace FakeLinkedIn.Html.Pages;

/// <summary>Header and Received/Sent tabs shared by the invitation manager pages.</summary>
internal static class InvitationTabs
{
    public static string Render(PageContext ctx, bool sent) => $"""
        <header class="{ctx.C("inv-header")}">
          <h1 class="{ctx.C("heading")}">{ctx.T("Manage invitations", "Gérer les invitations")}</h1>
          <nav role="tablist" class="{ctx.C("tabs")}">
            <a role="tab" aria-selected="{(!sent).ToString().ToLowerInvariant()}" href="/mynetwork/invitation-manager/received/">{ctx.T("Received", "Reçues")}</a>
            <a role="tab" aria-selected="{sent.ToString().ToLowerInvariant()}" href="/mynetwork/invitation-manager/sent/">{ctx.T("Sent", "Envoyées")}</a>
          </nav>
        </header>
        """;
}
