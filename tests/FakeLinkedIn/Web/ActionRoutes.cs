using System.Text.Json.Nodes;
using FakeLinkedIn.Html;
using FakeLinkedIn.State;

namespace FakeLinkedIn.Web;

/// <summary>State-changing calls made by the page script; each answers a status the script renders (item, toast, dialog).</summary>
internal static class ActionRoutes
{
    public static void Map(WebApplication app, FakeState state)
    {
        app.MapPost("/voyager/api/messaging/send", async (HttpContext h) =>
        {
            var body = await Body(h);
            return Run(state, h, ctx => Messaging.Send(ctx, body));
        });
        app.MapPost("/voyager/api/invitations/{verb}", async (string verb, HttpContext h) =>
        {
            var body = await Body(h);
            return Run(state, h, ctx => Invitations.Act(ctx, verb, body));
        });
    }

    private static async Task<JsonObject> Body(HttpContext h) =>
        await JsonNode.ParseAsync(h.Request.Body, cancellationToken: h.RequestAborted) as JsonObject ?? [];

    private static IResult Run(FakeState state, HttpContext h, Func<PageContext, JsonObject> act)
    {
        JsonObject result;
        lock (state.World.Sync)
        {
            result = act(new PageContext(state, h));
        }

        var status = result["status"]?.GetValue<string>() == "bad_request" ? 400 : 200;
        return Results.Text(result.ToJsonString(), "application/json; charset=utf-8", statusCode: status);
    }

    /// <summary>The toast answer for a rejected action.</summary>
    public static JsonObject Error(PageContext ctx, string en, string fr) => new() { ["status"] = "error", ["message"] = ctx.T(en, fr) };

    public static JsonObject BadRequest(string why) => new() { ["status"] = "bad_request", ["message"] = why };
}
