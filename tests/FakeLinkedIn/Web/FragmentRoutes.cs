using FakeLinkedIn.Html.Pages;
using FakeLinkedIn.State;

namespace FakeLinkedIn.Web;

/// <summary>HTML fragments the page script fetches, as LinkedIn's SPA fetches data: list chunks, bubbles, dialogs.</summary>
internal static class FragmentRoutes
{
    public static void Map(WebApplication app, FakeState state)
    {
        app.MapGet("/voyager/api/fragments/list", (HttpContext h) =>
        {
            var start = int.TryParse(h.Request.Query["start"], out var s) ? Math.Max(s, 0) : 0;
            var count = int.TryParse(h.Request.Query["count"], out var c) && c > 0 ? c : int.MaxValue;
            return Pages.Html(state, h, ctx => string.Concat(ListSources.Items(ctx, h.Request.Query["kind"].ToString()).Skip(start).Take(count)));
        });
        app.MapGet("/voyager/api/fragments/bubble", (HttpContext h) =>
            MessagingRoutes.Recipient(state.World, h.Request.Query) is { } p
                ? Pages.Html(state, h, ctx => ConversationPane.Bubble(ctx, p, h.Request.Query["body"].ToString()))
                : Results.NotFound());
        app.MapGet("/voyager/api/fragments/conversation", (HttpContext h) =>
            state.World.Conversations.GetValueOrDefault(h.Request.Query["thread"].ToString()) is { } c
                ? Pages.Html(state, h, ctx => ConversationPane.FullPage(ctx, c.With, ""))
                : Results.NotFound());
        app.MapGet("/voyager/api/fragments/withdraw-dialog", (HttpContext h) =>
            state.World.FindPerson(h.Request.Query["slug"]) is { } p
                ? Pages.Html(state, h, ctx => Dialogs.Withdraw(ctx, p))
                : Results.NotFound());
    }
}
