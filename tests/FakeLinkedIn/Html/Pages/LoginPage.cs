namespace FakeLinkedIn.Html.Pages;

/// <summary><c>/login</c>, <c>/uas/login</c> and <c>/authwall</c>: sign-in forms without the logged-in shell.</summary>
internal static class LoginPage
{
    public static string Render(PageContext ctx, string redirect, bool error) => Layout.Bare(ctx, ctx.T("LinkedIn Login, Sign in | LinkedIn", "S’identifier | LinkedIn"), $"""
        <header class="header__content"><a href="/" class="header__logo">LinkedIn</a></header>
        <main class="app__content" role="main">
          <div class="card-layout">
            <h1 class="header__content__heading">{ctx.T("Sign in", "S’identifier")}</h1>
            <p class="header__content__subheading">{ctx.T("Stay updated on your professional world", "Restez au courant de votre monde professionnel")}</p>
            {(error ? $"""<div class="alert-content" role="alert">{ctx.T("Wrong email or password. Try again.", "E-mail ou mot de passe incorrect. Réessayez.")}</div>""" : "")}
            {Form(ctx, redirect)}
          </div>
        </main>
        """);

    public static string Authwall(PageContext ctx, string redirect) => Layout.Bare(ctx, ctx.T("Sign Up | LinkedIn", "S’inscrire | LinkedIn"), $"""
        <header class="header__content"><a href="/" class="header__logo">LinkedIn</a>
          <a class="authwall-join-form__cta" href="/signup">{ctx.T("Join now", "S’inscrire")}</a></header>
        <main class="authwall" role="main">
          <h1 class="authwall__title">{ctx.T("Join LinkedIn or sign in to continue", "Inscrivez-vous ou identifiez-vous pour continuer")}</h1>
          <section class="authwall-sign-in-form">
            <h2>{ctx.T("Sign in", "S’identifier")}</h2>
            {Form(ctx, redirect)}
          </section>
        </main>
        """);

    private static string Form(PageContext ctx, string redirect) => $"""
        <form class="login__form" method="post" action="/checkpoint/lg/login-submit" novalidate>
          <input type="hidden" name="session_redirect" value="{H.E(redirect)}">
          <div class="form__input--floating">
            <input id="username" name="session_key" type="email" autocomplete="username" required>
            <label for="username">{ctx.T("Email or phone", "E-mail ou téléphone")}</label>
          </div>
          <div class="form__input--floating">
            <input id="password" name="session_password" type="password" autocomplete="current-password" required>
            <label for="password">{ctx.T("Password", "Mot de passe")}</label>
          </div>
          <div class="login__form_action_container">
            <button class="btn__primary--large from__button--floating" type="submit" aria-label="{ctx.T("Sign in", "S’identifier")}">{ctx.T("Sign in", "S’identifier")}</button>
          </div>
        </form>
        """;

    /// <summary>The guest home page at <c>/</c>.</summary>
    public static string GuestHome(PageContext ctx) => Layout.Bare(ctx, "LinkedIn", $"""
        <header class="header__content"><a href="/" class="header__logo">LinkedIn</a><a href="/login">{ctx.T("Sign in", "S’identifier")}</a></header>
        <main role="main"><h1>{ctx.T("Welcome to your professional community", "Bienvenue dans votre communauté professionnelle")}</h1></main>
        """);
}
