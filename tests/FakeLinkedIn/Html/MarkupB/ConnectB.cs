using FakeLinkedIn.State;

namespace FakeLinkedIn.Html.MarkupB;

/// <summary>Connect / Follow / Pending in the second markup: icon buttons named only by their <c>aria-label</c>.</summary>
internal static class ConnectB
{
    public static string Render(PageContext ctx, Person p)
    {
        var kind = ctx.World.Invited.Contains(p.Slug) ? "pending" : p.ConnectButton;
        var label = kind switch
        {
            "follow" => ctx.T($"Follow {p.Name}", $"Suivre {p.Name}"),
            "pending" => ctx.T($"Pending, click to withdraw invitation sent to {p.Name}", $"En attente, cliquez pour retirer l’invitation envoyée à {p.Name}"),
            _ => ctx.T($"Invite {p.Name} to connect", $"Inviter {p.Name} à rejoindre votre réseau"),
        };
        return ListTags.IconButton(kind == "connect" ? ctx.C("connect-button") : ctx.C("other-button"), label);
    }
}
