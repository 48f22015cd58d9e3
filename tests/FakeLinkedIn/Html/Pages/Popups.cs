namespace FakeLinkedIn.Html.Pages;

/// <summary>Modal popups rendered with a page: the benign "growing your network" interstitial.</summary>
internal static class Popups
{
    /// <summary>"You're growing your network!" with a Got it button, when the switch is on; empty otherwise.</summary>
    public static string GrowingNetwork(PageContext ctx) => !ctx.Faults.GrowingNetworkPopup ? "" : $"""
        <div class="artdeco-modal-overlay {ctx.C("modal-overlay")}">
          <div role="dialog" aria-modal="true" aria-labelledby="growing-title" class="artdeco-modal {ctx.C("modal")}">
            <h2 id="growing-title">{ctx.T("You're growing your network!", "Votre réseau s’agrandit !")}</h2>
            <p>{ctx.T("Keep connecting with people you know.", "Continuez à vous connecter avec les personnes que vous connaissez.")}</p>
            <button type="button" class="artdeco-button artdeco-button--primary" aria-label="{ctx.T("Got it", "J’ai compris")}">{ctx.T("Got it", "J’ai compris")}</button>
          </div>
        </div>
        """;
}
