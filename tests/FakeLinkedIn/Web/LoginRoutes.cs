using FakeLinkedIn.Html.Pages;
using FakeLinkedIn.State;

namespace FakeLinkedIn.Web;

/// <summary>Login, authwall and checkpoint pages, and the login form's POST that sets <c>li_at</c>.</summary>
internal static class LoginRoutes
{
    public static void Map(WebApplication app, FakeState state)
    {
        foreach (var path in new[] { "/login", "/uas/login", "/uas/authenticate" })
        {
            app.MapGet(path, (HttpContext h) => SessionGate.HasSession(state, h)
                ? Results.Redirect(SafeRedirect(h.Request.Query["session_redirect"]))
                : Pages.Html(state, h, ctx => LoginPage.Render(ctx, h.Request.Query["session_redirect"].ToString(), error: false)));
        }

        app.MapGet("/authwall", (HttpContext h) => Pages.Html(state, h, ctx => LoginPage.Authwall(ctx, h.Request.Query["sessionRedirect"].ToString())));
        app.MapGet("/checkpoint/challenge/{token}", (HttpContext h) => Pages.Html(state, h, ctx => CheckpointPage.Render(ctx, state.Faults.CheckpointKind)));
        app.MapGet("/checkpoint/captcha/frame", () => Results.Text(CheckpointPage.CaptchaFrame(), "text/html; charset=utf-8"));
        app.MapPost("/checkpoint/lg/login-submit", async (HttpContext h) =>
        {
            var form = await h.Request.ReadFormAsync(h.RequestAborted);
            var session = state.Scenario.Session;
            var redirect = form["session_redirect"].ToString();
            if (form["session_key"] != session.Username || form["session_password"] != session.Password)
            {
                return Pages.Html(state, h, ctx => LoginPage.Render(ctx, redirect, error: true));
            }

            h.Response.Cookies.Append(SessionGate.CookieName, SessionValue(state), new CookieOptions { Path = "/", HttpOnly = true });
            return Results.Redirect(SafeRedirect(redirect));
        });
    }

    /// <summary>The cookie value a login sets: the scenario's, else a fixed placeholder.</summary>
    public static string SessionValue(FakeState state) =>
        string.IsNullOrEmpty(state.Scenario.Session.LiAt) ? "AQEDAFakeLinkedInSession" : state.Scenario.Session.LiAt;

    /// <summary>Keeps the redirect on this host: only its path and query are used.</summary>
    private static string SafeRedirect(string? target) =>
        Uri.TryCreate(target, UriKind.Absolute, out var uri) ? uri.PathAndQuery
        : target is { Length: > 0 } && target.StartsWith('/') && !target.StartsWith("//", StringComparison.Ordinal) ? target
        : "/feed/";
}
