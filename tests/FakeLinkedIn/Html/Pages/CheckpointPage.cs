namespace FakeLinkedIn.Html.Pages;

/// <summary><c>/checkpoint/challenge/&lt;token&gt;</c>: captcha, PIN, "Check your …" and restricted-account variants.</summary>
internal static class CheckpointPage
{
    public static string Render(PageContext ctx, string kind) => Layout.Bare(ctx, ctx.T("Security Verification | LinkedIn", "Vérification de sécurité | LinkedIn"), $"""
        <header class="header__content"><a href="/" class="header__logo">LinkedIn</a></header>
        <main class="app__content" role="main">{kind switch
        {
            "pin" => Pin(ctx),
            "verify" => Verify(ctx),
            "restricted" => Restricted(ctx),
            _ => Captcha(ctx),
        }}</main>
        """);

    private static string Captcha(PageContext ctx) => $"""
        <h1>{ctx.T("Let’s do a quick security check", "Procédons à une vérification de sécurité rapide")}</h1>
        <form id="captcha-challenge" method="post" action="/checkpoint/challenge/verify">
          <div id="captcha-internal"><iframe src="/checkpoint/captcha/frame?lang={ctx.L.Code}" title="captcha" width="320" height="120"></iframe></div>
        </form>
        """;

    private static string Pin(PageContext ctx) => $"""
        <h1>{ctx.T("Enter the code we sent to your email", "Saisissez le code envoyé à votre adresse e-mail")}</h1>
        <form method="post" action="/checkpoint/challenge/verify">
          <input id="input__phone_verification_pin" name="pin" type="text" inputmode="numeric" maxlength="6" aria-label="{ctx.T("Verification code", "Code de vérification")}">
          <button type="submit" id="email-pin-submit-button">{ctx.T("Submit", "Valider")}</button>
        </form>
        <button type="button" class="secondary-action">{ctx.T("Try another way", "Essayer une autre méthode")}</button>
        """;

    private static string Verify(PageContext ctx) => $"""
        <h1>{ctx.T("Check your LinkedIn app", "Vérifiez votre application LinkedIn")}</h1>
        <p>{ctx.T("We sent a notification to your signed in devices. Open your LinkedIn app and tap Yes to confirm.", "Nous avons envoyé une notification sur vos appareils. Ouvrez l’application LinkedIn et appuyez sur Oui pour confirmer.")}</p>
        <button type="button" class="secondary-action">{ctx.T("Try another way", "Essayer une autre méthode")}</button>
        <div class="{ctx.C("methods")}">
          <button type="button" aria-label="{ctx.T("Verify by SMS", "Vérifier par SMS")}">SMS</button>
          <button type="button" aria-label="{ctx.T("Verify by Email", "Vérifier par Email")}">Email</button>
        </div>
        """;

    private static string Restricted(PageContext ctx) => $"""
        <h1>{ctx.T("Your account has been restricted", "Votre compte a été restreint")}</h1>
        <p>{ctx.T("We’ve restricted your account temporarily because we detected unusual activity.", "Nous avons temporairement restreint votre compte car nous avons détecté une activité inhabituelle.")}</p>
        """;

    /// <summary>The document loaded in the captcha iframe.</summary>
    public static string CaptchaFrame() =>
        """<!DOCTYPE html><html><body><div class="captcha-frame" role="img" aria-label="captcha">Select all images with traffic lights</div></body></html>""";
}
