using FakeLinkedIn.State;

namespace FakeLinkedIn.Html.MarkupB;

/// <summary>The conversation header in the second markup: the title without LinkedIn's classes (the recipient known by the header's profile link), Close named by its label only.</summary>
internal static class ConversationB
{
    /// <summary>The bubble's title and Close button.</summary>
    public static string BubbleHeader(PageContext ctx, Person p, int n) => $"""
        <h2 id="bubble-title-{n}" class="{ctx.C("bubble-title")}"><a href="{p.ProfilePath}"><span>{H.E(p.Name)}</span></a></h2>
        <button type="button" class="{ctx.C("bubble-close")}" aria-label="{H.E(ctx.T("Close your conversation with ", "Fermer votre conversation avec ") + p.Name)}">×</button>
        """;

    /// <summary>The full page's title bar.</summary>
    public static string PageTitle(PageContext ctx, Person p) => $"""
        <header class="{ctx.C("title-bar")}" data-recipient-urn="{p.Urn}"><h2 class="{ctx.C("pane-title")}">{H.E(p.Name)}</h2><a href="{p.ProfilePath}">{ctx.T("View profile", "Voir le profil")}</a></header>
        """;
}
