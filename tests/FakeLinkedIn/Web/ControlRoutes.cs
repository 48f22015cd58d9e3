using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FakeLinkedIn.State;

namespace FakeLinkedIn.Web;

/// <summary>The <c>/__fake/</c> control API for tests and demo scripts; no cookie needed.</summary>
internal static class ControlRoutes
{
    /// <summary>snake_case JSON without nulls, shared with the in-process API's documentation.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Map(WebApplication app, FakeState state)
    {
        app.MapGet("/__fake/health", () => Results.Json(new
        {
            status = "ok",
            today = state.Clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            language = state.Scenario.Language,
            actions = state.Actions.Snapshot().Count,
        }, Json));
        app.MapGet("/__fake/actions", () => Results.Json(state.Actions.Snapshot(), Json));
        app.MapDelete("/__fake/actions", () =>
        {
            state.Actions.Clear();
            return Results.NoContent();
        });
        app.MapGet("/__fake/faults", () => Results.Text(state.Faults.ToJson().ToJsonString(), "application/json"));
        app.MapPost("/__fake/faults", async (HttpContext h) =>
        {
            try
            {
                var changes = await JsonNode.ParseAsync(h.Request.Body, cancellationToken: h.RequestAborted) as JsonObject
                    ?? throw new ArgumentException("expected a JSON object");
                state.Faults.Merge(changes);
                return Results.Text(state.Faults.ToJson().ToJsonString(), "application/json");
            }
            catch (Exception e) when (e is ArgumentException or JsonException)
            {
                return Results.Json(new { error = e.Message }, Json, statusCode: 400);
            }
        });
        app.MapPost("/__fake/clock", async (HttpContext h) =>
        {
            var body = await JsonNode.ParseAsync(h.Request.Body, cancellationToken: h.RequestAborted);
            if (!DateOnly.TryParseExact(body?["today"]?.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var today))
            {
                return Results.Json(new { error = "expected {\"today\":\"yyyy-MM-dd\"}" }, Json, statusCode: 400);
            }

            state.Clock.SetToday(today);
            return Results.Json(new { today = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, Json);
        });
        app.MapPost("/__fake/reset", () =>
        {
            state.Reset();
            return Results.NoContent();
        });
        app.MapGet("/__fake/login", (HttpContext h) =>
        {
            // Lets a human open the demo in a browser without typing credentials.
            h.Response.Cookies.Append(SessionGate.CookieName, LoginRoutes.SessionValue(state), new CookieOptions { Path = "/", HttpOnly = true });
            return Results.Redirect("/feed/");
        });
    }
}
