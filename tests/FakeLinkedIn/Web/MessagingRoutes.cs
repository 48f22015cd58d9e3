using FakeLinkedIn.Html.Pages;
using FakeLinkedIn.State;

namespace FakeLinkedIn.Web;

/// <summary><c>/messaging/</c>, <c>/messaging/thread/&lt;id&gt;/</c> and <c>/messaging/compose/?recipient=…&amp;body=…</c>.</summary>
internal static class MessagingRoutes
{
    public static void Map(WebApplication app, FakeState state)
    {
        app.MapGet("/messaging/", (HttpContext h) => Pages.Html(state, h, ctx =>
            MessagingPage.Render(ctx, ctx.World.Conversations.Values.FirstOrDefault()?.With, "", compose: false)));
        app.MapGet("/messaging/thread/{id}/", (string id, HttpContext h) => Pages.Html(state, h, ctx =>
            MessagingPage.Render(ctx, ctx.World.Conversations.GetValueOrDefault(id)?.With, "", compose: false)));
        app.MapGet("/messaging/compose/", (HttpContext h) => Pages.Html(state, h, ctx =>
            MessagingPage.Render(ctx, Recipient(state.World, h.Request.Query), h.Request.Query["body"].ToString(), compose: true)));
    }

    /// <summary>The recipient named by <c>recipient=</c> (member id), <c>profileUrn=</c> or <c>slug=</c>.</summary>
    public static Person? Recipient(World world, IQueryCollection query) =>
        world.FindPerson(query["recipient"]) ?? world.FindPerson(query["profileUrn"]) ?? world.FindPerson(query["slug"]);
}
