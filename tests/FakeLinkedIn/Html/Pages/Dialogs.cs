using FakeLinkedIn.State;

namespace FakeLinkedIn.Html.Pages;

/// <summary>Modal dialogs the page script inserts after an action: withdraw confirmation, weekly limit, share-info prompt.</summary>
internal static class Dialogs
{
    public static string Withdraw(PageContext ctx, Person p) => ctx.MarkupB ? MarkupB.SentB.Dialog(ctx, p) : Modal(ctx, "withdraw-title", $"""
        <button type="button" class="artdeco-modal__dismiss" aria-label="{ctx.T("Dismiss", "Ignorer")}">×</button>
        <h2 id="withdraw-title">{ctx.T("Withdraw invitation", "Retirer l’invitation")}</h2>
        <p>{H.E(ctx.T($"If you withdraw now, you won’t be able to resend to {p.Name} for up to 3 weeks.",
            $"Si vous retirez cette invitation maintenant, vous ne pourrez pas en renvoyer une à {p.Name} pendant 3 semaines."))}</p>
        <div class="artdeco-modal__actionbar">
          <button type="button" class="artdeco-button artdeco-button--secondary">{ctx.T("Cancel", "Annuler")}</button>
          <button type="button" class="artdeco-button artdeco-button--primary">{ctx.T("Withdraw", "Retirer")}</button>
        </div>
        """);

    /// <summary>The weekly invitation limit alert (§2 state 6).</summary>
    public static string WeeklyLimit(PageContext ctx) => $"""
        <div class="artdeco-modal-overlay {ctx.C("modal-overlay")}">
          <div role="dialog" aria-modal="true" aria-labelledby="ip-fuse-limit-alert__header" class="ip-fuse-limit-alert artdeco-modal">
            <h2 id="ip-fuse-limit-alert__header">{ctx.T("You’ve reached the weekly invitation limit", "Vous avez atteint la limite hebdomadaire d’invitations")}</h2>
            <div class="ip-fuse-limit-alert__warning">{ctx.T("You're out of invitations for now. Try again next week.", "Vous n’avez plus d’invitations pour le moment. Réessayez la semaine prochaine.")}</div>
            <button type="button" class="artdeco-button artdeco-button--primary" aria-label="{ctx.T("Got it", "J’ai compris")}">{ctx.T("Got it", "J’ai compris")}</button>
          </div>
        </div>
        """;

    /// <summary>The prompt to share profile/contact info with the recipient, shown after Send.</summary>
    public static string SharePrompt(PageContext ctx, Person p) => Modal(ctx, "share-info-title", $"""
        <h2 id="share-info-title">{H.E(ctx.T($"Share your profile info with {p.FirstName}?", $"Partager les informations de votre profil avec {p.FirstName}{Lang.NarrowNbsp}?"))}</h2>
        <p>{ctx.T("Your email address and phone number will be visible to this member.", "Votre adresse e-mail et votre numéro de téléphone seront visibles par ce membre.")}</p>
        <div class="artdeco-modal__actionbar">
          <button type="button" class="artdeco-button artdeco-button--secondary">{ctx.T("Not now", "Pas maintenant")}</button>
          <button type="button" class="artdeco-button artdeco-button--primary">{ctx.T("Share", "Partager")}</button>
        </div>
        """);

    private static string Modal(PageContext ctx, string titleId, string content) => $"""
        <div class="artdeco-modal-overlay {ctx.C("modal-overlay")}">
          <div role="dialog" aria-modal="true" aria-labelledby="{titleId}" class="artdeco-modal {ctx.C("modal")}">
            {content}
          </div>
        </div>
        """;
}
