using FakeLinkedIn.Html.Pages;
using FakeLinkedIn.State;

namespace FakeLinkedIn.Web;

/// <summary>Applies the account switches that trip after N actions: a silent checkpoint, a revoked session, a rate limit.</summary>
/// <remarks>
/// Actions are the recorded state changes and profile views. Refusals carry no redirect in their body, so the page
/// script does nothing visible: only the status of the request (and the next navigation) tells.
/// </remarks>
internal static class AccountFaultGate
{
    public static void Use(WebApplication app, FakeState state) => app.Use(async (http, next) =>
    {
        var verdict = Decide(state, http);
        if (verdict is null)
        {
            await next(http);
        }
        else
        {
            await verdict.ExecuteAsync(http);
        }
    });

    private static IResult? Decide(FakeState state, HttpContext http)
    {
        var path = http.Request.Path.Value ?? "/";
        var faults = state.Faults;
        if (path.StartsWith("/__fake/", StringComparison.Ordinal) || path.StartsWith("/static/", StringComparison.Ordinal) || IsPublic(path)
            || (faults.SilentCheckpointAfter == 0 && faults.SessionRevokedAfter == 0 && faults.RateLimitAfter == 0))
        {
            return null;
        }

        var api = path.StartsWith("/voyager/", StringComparison.Ordinal);
        var action = api && HttpMethods.IsPost(http.Request.Method);
        var done = ActionsDone(state);
        if (Due(faults.SessionRevokedAfter, done))
        {
            return api ? Results.Json(new { status = 401 }, statusCode: 401) : Results.Redirect(SessionGate.LoginRedirect(state, http));
        }

        if (Due(faults.SilentCheckpointAfter, done))
        {
            return action ? Results.Json(new { status = 403 }, statusCode: 403) : api ? null : Results.Redirect(SessionGate.CheckpointUrl(state));
        }

        if (Due(faults.RateLimitAfter, done))
        {
            if (action)
            {
                var message = state.French ? "Un problème est survenu. Veuillez réessayer plus tard." : "Something went wrong. Please try again later.";
                return Results.Json(new { status = "error", message }, statusCode: 429);
            }

            return RefusedAttempts.IsVisit(path) ? Pages.Html(state, http, ErrorPages.Throttle, 429) : null;
        }

        return null;
    }

    /// <summary>Whether session_revoked_after has tripped: the cookie is no longer accepted anywhere.</summary>
    public static bool IsRevoked(FakeState state) => Due(state.Faults.SessionRevokedAfter, ActionsDone(state));

    private static int ActionsDone(FakeState state) => state.Actions.Snapshot().Count(a => a.IsStateChanging || a.Kind == FakeActionKinds.ProfileViewed);

    private static bool Due(int after, int done) => after > 0 && done >= after;

    private static bool IsPublic(string path) =>
        path == "/" || path.StartsWith("/login", StringComparison.Ordinal) || path.StartsWith("/uas/", StringComparison.Ordinal)
        || path.StartsWith("/checkpoint/", StringComparison.Ordinal) || path.StartsWith("/authwall", StringComparison.Ordinal);
}
