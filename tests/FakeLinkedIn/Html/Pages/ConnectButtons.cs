using FakeLinkedIn.State;

namespace FakeLinkedIn.Html.Pages;

/// <summary>The Connect / Follow / Pending button shown for someone who is not a 1st-degree connection.</summary>
internal static class ConnectButtons
{
    public static string Render(PageContext ctx, Person p)
    {
        if (ctx.MarkupB)
        {
            return MarkupB.ConnectB.Render(ctx, p);
        }

        var kind = ctx.World.Invited.Contains(p.Slug) ? "pending" : p.ConnectButton;
        var (label, aria) = kind switch
        {
            "follow" => (ctx.T("Follow", "Suivre"), ctx.T($"Follow {p.Name}", $"Suivre {p.Name}")),
            "pending" => (ctx.T("Pending", "En attente"),
                ctx.T($"Pending, click to withdraw invitation sent to {p.Name}", $"En attente, cliquez pour retirer l’invitation envoyée à {p.Name}")),
            _ => (ctx.T("Connect", "Se connecter"), ctx.T($"Invite {p.Name} to connect", $"Inviter {p.Name} à rejoindre votre réseau")),
        };
        var hook = kind == "connect" ? ctx.C("connect-button") : ctx.C("other-button");
        return $"""
            <button type="button" class="artdeco-button artdeco-button--secondary {hook}" aria-label="{H.E(aria)}"><span class="artdeco-button__text">{H.E(label)}</span></button>
            """;
    }
}
