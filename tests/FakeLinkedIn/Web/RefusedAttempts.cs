using System.Text.Json.Nodes;
using FakeLinkedIn.State;

namespace FakeLinkedIn.Web;

/// <summary>Puts refused attempts in the action record: state-changing calls answered 401, 403, 429 or 999, profile
/// visits sent to a checkpoint or a login or answered 429, and the refusals the routes themselves decide (error toast,
/// weekly limit).</summary>
internal static class RefusedAttempts
{
    private static readonly int[] s_refusing = [401, 403, 429, 999];

    /// <summary>Watches every request's answer; registered before the gates, so it sees their refusals too.</summary>
    public static void Use(WebApplication app, FakeState state) => app.Use(async (http, next) =>
    {
        var path = http.Request.Path.Value ?? "/";
        var action = HttpMethods.IsPost(http.Request.Method) && (path == "/voyager/api/messaging/send" || path.StartsWith("/voyager/api/invitations/", StringComparison.Ordinal));
        var visit = HttpMethods.IsGet(http.Request.Method) && IsVisit(path);
        if (!action && !visit)
        {
            await next(http);
            return;
        }

        JsonObject body = [];
        if (action)
        {
            http.Request.EnableBuffering();
            body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted) as JsonObject ?? [];
            http.Request.Body.Position = 0;
        }

        await next(http);
        var status = http.Response.StatusCode;
        var location = http.Response.Headers.Location.ToString();
        if (action && s_refusing.Contains(status))
        {
            var verb = path.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];
            var kind = path.EndsWith("/send", StringComparison.Ordinal) ? FakeActionKinds.MessageSent : KindOf(verb);
            var person = kind == FakeActionKinds.MessageSent ? state.World.FindPerson(body["recipientUrn"]?.GetValue<string>()) : PersonOf(state, verb, body);
            Record(state, kind, person, status, "HTTP " + status);
        }
        else if (visit && (s_refusing.Contains(status) || location.Contains("/checkpoint/", StringComparison.Ordinal) || location.Contains("/login", StringComparison.Ordinal) || location.Contains("/authwall", StringComparison.Ordinal)))
        {
            Record(state, FakeActionKinds.ProfileViewed, state.World.FindPerson(path.Split('/', StringSplitOptions.RemoveEmptyEntries)[1]), status, location.Length > 0 ? "redirected to " + location : "HTTP " + status);
        }
    });

    public static void Record(FakeState state, string kind, Person? person, int status, string reason) => state.Record(new FakeAction
    {
        Kind = FakeActionKinds.Refused,
        Timestamp = state.Clock.GetUtcNow(),
        ProfileSlug = person?.Slug,
        ProfileUrl = person?.CanonicalUrl,
        Name = person?.Name,
        RefusedKind = kind,
        HttpStatus = status,
        Reason = reason,
    });

    public static string KindOf(string verb) => verb switch
    {
        "accept" => FakeActionKinds.InvitationAccepted,
        "ignore" => FakeActionKinds.InvitationIgnored,
        "withdraw" => FakeActionKinds.InvitationWithdrawn,
        _ => FakeActionKinds.InvitationSent,
    };

    public static Person? PersonOf(FakeState state, string verb, JsonObject body)
    {
        lock (state.World.Sync)
        {
            return verb is "accept" or "ignore"
                ? state.World.Received.FirstOrDefault(i => i.Id == body["id"]?.GetValue<string>())?.From
                : state.World.FindPerson(body["slug"]?.GetValue<string>());
        }
    }

    /// <summary>A profile page itself (not its details pages): what a visit loads.</summary>
    public static bool IsVisit(string path) =>
        path.StartsWith("/in/", StringComparison.Ordinal) && path.Split('/', StringSplitOptions.RemoveEmptyEntries).Length == 2;
}
