using System.Globalization;

namespace FakeLinkedIn.Html.Pages;

/// <summary><c>/mynetwork/</c>: the network hub with links to invitations and catch-up.</summary>
internal static class NetworkPage
{
    public static string Render(PageContext ctx)
    {
        var pending = ctx.World.Received.Count(i => i.Status == "pending").ToString(CultureInfo.InvariantCulture);
        var main = $"""
            <section class="artdeco-card {ctx.C("network")}">
              <h1 class="{ctx.C("heading")}">{ctx.T("Manage my network", "Gérer mon réseau")}</h1>
              <ul>
                <li><a href="/mynetwork/invitation-manager/">{ctx.T($"Invitations ({pending})", $"Invitations ({pending})")}</a></li>
                <li><a href="/mynetwork/catch-up/all/">{ctx.T("Catch up", "Actualités du réseau")}</a></li>
                <li><a href="/mynetwork/catch-up/birthday/">{ctx.T("Birthdays", "Anniversaires")}</a></li>
              </ul>
            </section>
            """;
        return Layout.Page(ctx, ctx.T("My Network | LinkedIn", "Réseau | LinkedIn"), main, null, Popups.GrowingNetwork(ctx));
    }
}
