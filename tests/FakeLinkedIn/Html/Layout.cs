using System.Text.Json;

namespace FakeLinkedIn.Html;

/// <summary>The page frame: logged-in shell (global nav, main, docked messaging, toasts) or a bare page.</summary>
internal static class Layout
{
    /// <summary>A logged-in page with the global navigation and the docked messaging list.</summary>
    public static string Page(PageContext ctx, string title, string main, object? pageConfig = null, string? afterMain = null) =>
        Document(ctx, title, $"""
            {Nav.Render(ctx)}
            <div class="{ctx.C("application-outlet")} authentication-outlet">
            <main id="main" class="scaffold-layout__main {ctx.C("main")}" aria-label="{ctx.T("Main content", "Contenu principal")}">
            {main}
            </main>
            {afterMain}
            </div>
            {DockedMessaging.Render(ctx)}
            <div id="artdeco-toasts" class="artdeco-toasts"><ul class="artdeco-toasts_toasts" aria-live="assertive"></ul></div>
            <div id="artdeco-modal-outlet"></div>
            """, pageConfig);

    /// <summary>A page without the logged-in shell (login, authwall, checkpoint, errors).</summary>
    public static string Bare(PageContext ctx, string title, string body) => Document(ctx, title, body, null);

    private static string Document(PageContext ctx, string title, string body, object? pageConfig)
    {
        var config = JsonSerializer.Serialize(new
        {
            lang = ctx.L.Code,
            cls = ctx.Classes.ScriptMap(),
            me = new { name = ctx.World.Me.Name, path = $"/in/{Uri.EscapeDataString(ctx.World.Me.Slug)}/" },
            urnOnItem = !ctx.Variant && !ctx.MarkupB,
            page = pageConfig,
        }, JsonSerializerOptions.Web);
        return $"""
            <!DOCTYPE html>
            <html lang="{ctx.L.Code}" class="theme theme--light">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{H.E(title)}</title>
            <link rel="stylesheet" href="/static/fake.css">
            </head>
            <body class="render-mode-BIGPIPE {ctx.C("body")}">
            {body}
            <script>window.__li = {config};</script>
            <script src="/static/fake.js"></script>
            </body>
            </html>
            """;
    }
}
