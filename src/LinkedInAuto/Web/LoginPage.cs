using Microsoft.AspNetCore.Antiforgery;

namespace LinkedInAuto.Web;

/// <summary>The login form: one password field (the page has a single owner), and why the last attempt failed.</summary>
internal static class LoginPage
{
    /// <summary>Renders the whole page.</summary>
    public static string Render(AntiforgeryTokenSet tokens, string? problem) =>
        PageLayout.Render("Log in", "<div class=\"login\">" + (problem is null ? string.Empty : Html.Notice("error", problem))
            + Html.Form("/login", tokens, """
                <p><label for="password">Password</label></p><p><input type="password" id="password" name="password" autocomplete="current-password" required autofocus></p><p><button type="submit">Log in</button></p>
                """)
            + "<p class=\"muted\">Forgot it? Set a new one on the Pi: <code>sudo linkedin-auto web password</code></p></div>", tokens: null);
}
