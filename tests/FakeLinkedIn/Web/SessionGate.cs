using FakeLinkedIn.Html.Pages;
using FakeLinkedIn.State;

namespace FakeLinkedIn.Web;

/// <summary>Applies latency, error pages, redirect loop, the <c>li_at</c> session check and checkpoints before any LinkedIn route.</summary>
internal static class SessionGate
{
    public const string CookieName = "li_at";

    public static void Use(WebApplication app, FakeState state) => app.Use(async (http, next) =>
    {
        var path = http.Request.Path.Value ?? "/";
        if (path.StartsWith("/__fake/", StringComparison.Ordinal) || path.StartsWith("/static/", StringComparison.Ordinal)
            || path.StartsWith("/checkpoint/captcha/", StringComparison.Ordinal))
        {
            await next(http);
            return;
        }

        var api = path.StartsWith("/voyager/", StringComparison.Ordinal);
        var delay = api ? (path.Contains("/fragments/list", StringComparison.Ordinal) ? state.Faults.LazyLatencyMs : 0) : state.Faults.LatencyFor(path);
        if (delay > 0)
        {
            await Task.Delay(delay, http.RequestAborted);
        }

        var verdict = Decide(state, http, path, api);
        if (verdict is null)
        {
            await next(http);
        }
        else
        {
            await verdict.ExecuteAsync(http);
        }
    });

    public static bool HasSession(FakeState state, HttpContext http)
    {
        var cookie = http.Request.Cookies[CookieName];
        var expected = state.Scenario.Session.LiAt;
        return !state.Faults.SessionExpired && !AccountFaultGate.IsRevoked(state) && !string.IsNullOrEmpty(cookie)
            && (string.IsNullOrEmpty(expected) || cookie == expected);
    }

    /// <summary>Where a request without a session goes: <c>/login?session_redirect=</c> or <c>/authwall?sessionRedirect=</c>.</summary>
    public static string LoginRedirect(FakeState state, HttpContext http)
    {
        var target = Uri.EscapeDataString(Pages.CurrentUrl(http));
        return state.Faults.Authwall
            ? $"/authwall?trk=bf&trkInfo=AQ&sessionRedirect={target}"
            : $"/login?session_redirect={target}&fromSignIn=true&trk=cold_join_sign_in";
    }

    public static string CheckpointUrl(FakeState state) =>
        $"/checkpoint/challenge/AQHn{state.Classes["checkpoint-token"]}Z0x?ut=0kq{state.Actions.StateChangingCount}";

    private static IResult? Decide(FakeState state, HttpContext http, string path, bool api)
    {
        var isLogin = path.StartsWith("/login", StringComparison.Ordinal) || path.StartsWith("/uas/", StringComparison.Ordinal);
        var isCheckpoint = path.StartsWith("/checkpoint/", StringComparison.Ordinal);
        var isPublic = isLogin || isCheckpoint || path.StartsWith("/authwall", StringComparison.Ordinal) || path == "/";

        if (state.Faults.ErrorPage != "none" && !isPublic)
        {
            return ErrorPage(state, http);
        }

        if (state.Faults.RedirectLoop && (isLogin || isCheckpoint || !isPublic))
        {
            return Results.Redirect(isCheckpoint ? LoginRedirect(state, http) : CheckpointUrl(state));
        }

        if (isPublic)
        {
            return null;
        }

        if (!HasSession(state, http))
        {
            var to = LoginRedirect(state, http);
            return api ? Results.Json(new { status = "unauthorized", redirect = to }, statusCode: 401) : Results.Redirect(to);
        }

        if (state.CheckpointDue)
        {
            var to = CheckpointUrl(state);
            return api ? Results.Json(new { status = "checkpoint", redirect = to }, statusCode: 403) : Results.Redirect(to);
        }

        return null;
    }

    private static IResult ErrorPage(FakeState state, HttpContext http) => state.Faults.ErrorPage switch
    {
        "999" => Results.Text(ErrorPages.Status999Body, "text/html; charset=utf-8", statusCode: 999),
        "429" => Pages.Html(state, http, ErrorPages.Throttle, 429),
        "went_wrong" => Pages.Html(state, http, ErrorPages.SomethingWentWrong),
        _ => Pages.Html(state, http, ErrorPages.Throttle),
    };
}
