namespace FakeLinkedIn.Html.Pages;

/// <summary>Throttle and "something went wrong" pages: no <c>main</c>, short body (§2 state 9).</summary>
internal static class ErrorPages
{
    public static string Throttle(PageContext ctx) => Layout.Bare(ctx, "LinkedIn", $"""
        <div class="error-container">
          <h1>{ctx.T("Too many requests", "Trop de requêtes")}</h1>
          <p>{ctx.T("You’ve made too many requests. Please slow down and try again later.", "Vous avez effectué trop de requêtes. Veuillez ralentir et réessayer plus tard.")}</p>
        </div>
        """);

    public static string SomethingWentWrong(PageContext ctx) => Layout.Bare(ctx, "LinkedIn", $"""
        <div class="error-container">
          <h1>{ctx.T("Something went wrong", "Un problème est survenu")}</h1>
          <p>{ctx.T("Try again later.", "Réessayez plus tard.")}</p>
          <a href="/feed/">{ctx.T("Reload", "Actualiser")}</a>
        </div>
        """);

    /// <summary>The tiny body LinkedIn answers with its non-standard HTTP 999.</summary>
    public const string Status999Body = "<html><head><title>LinkedIn</title></head><body><p>Request denied.</p></body></html>";
}
