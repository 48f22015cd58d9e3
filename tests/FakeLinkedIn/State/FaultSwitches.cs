using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FakeLinkedIn;

/// <summary>The table of fault switch names with their parsing and defaults.</summary>
internal static class FaultSwitches
{
    private static readonly string[] s_checkpointKinds = ["captcha", "pin", "verify", "restricted"];
    private static readonly string[] s_errorPages = ["none", "throttle", "went_wrong", "429", "999"];
    private static readonly string[] s_composer = ["normal", "missing", "wrong_recipient", "new_message", "send_disabled", "enter_to_send", "send_lost"];
    private static readonly string[] s_withdraw = ["normal", "no_dialog", "not_removed"];
    private static readonly string[] s_markups = ["a", "b", "unknown"];

    private static readonly Dictionary<string, (Action<FakeFaults, JsonNode?> Set, Func<FakeFaults, JsonNode?> Get)> s_table = new()
    {
        ["session_expired"] = ((f, v) => f.SessionExpired = Bool(v), f => f.SessionExpired),
        ["authwall"] = ((f, v) => f.Authwall = Bool(v), f => f.Authwall),
        ["redirect_loop"] = ((f, v) => f.RedirectLoop = Bool(v), f => f.RedirectLoop),
        ["checkpoint_now"] = ((f, v) => f.CheckpointNow = Bool(v), f => f.CheckpointNow),
        ["checkpoint_after_actions"] = ((f, v) => f.CheckpointAfterActions = Int(v, 0), f => f.CheckpointAfterActions),
        ["checkpoint_kind"] = ((f, v) => f.CheckpointKind = OneOf(v, s_checkpointKinds), f => f.CheckpointKind),
        ["weekly_limit_after"] = ((f, v) => f.WeeklyLimitAfter = v is null ? null : Int(v, 0), f => f.WeeklyLimitAfter),
        ["error_toast"] = ((f, v) => f.ErrorToast = Bool(v), f => f.ErrorToast),
        ["send_fail_every"] = ((f, v) => f.SendFailEvery = Int(v, 0), f => f.SendFailEvery),
        ["error_page"] = ((f, v) => f.ErrorPage = OneOf(v, s_errorPages), f => f.ErrorPage),
        ["latency_ms"] = ((f, v) => f.LatencyMs = Int(v, 0), f => f.LatencyMs),
        ["route_latency_ms"] = ((f, v) => f.RouteLatencyMs = Routes(v), f => RoutesJson(f.RouteLatencyMs)),
        ["lazy_latency_ms"] = ((f, v) => f.LazyLatencyMs = Int(v, 0), f => f.LazyLatencyMs),
        ["dom_variant"] = ((f, v) => f.DomVariant = Bool(v), f => f.DomVariant),
        ["markup"] = ((f, v) => f.Markup = OneOf(v, s_markups), f => f.Markup),
        ["plain_notes"] = ((f, v) => f.PlainNotes = Bool(v), f => f.PlainNotes),
        ["wish_button"] = ((f, v) => f.WishButton = Bool(v), f => f.WishButton),
        ["lazy_page_size"] = ((f, v) => f.LazyPageSize = Int(v, 5), f => f.LazyPageSize),
        ["share_prompt"] = ((f, v) => f.SharePrompt = Bool(v), f => f.SharePrompt),
        ["composer"] = ((f, v) => f.Composer = OneOf(v, s_composer), f => f.Composer),
        ["withdraw"] = ((f, v) => f.Withdraw = OneOf(v, s_withdraw), f => f.Withdraw),
        ["search_limit"] = ((f, v) => f.SearchLimit = Bool(v), f => f.SearchLimit),
        ["growing_network_popup"] = ((f, v) => f.GrowingNetworkPopup = Bool(v), f => f.GrowingNetworkPopup),
        ["silent_checkpoint_after"] = ((f, v) => f.SilentCheckpointAfter = Int(v, 0), f => f.SilentCheckpointAfter),
        ["session_revoked_after"] = ((f, v) => f.SessionRevokedAfter = Int(v, 0), f => f.SessionRevokedAfter),
        ["rate_limit_after"] = ((f, v) => f.RateLimitAfter = Int(v, 0), f => f.RateLimitAfter),
        ["prior_wishes"] = ((f, v) => f.PriorWishes = Bool(v), f => f.PriorWishes),
    };

    public static IEnumerable<string> Names => s_table.Keys;

    public static void Apply(FakeFaults faults, string name, JsonNode? value)
    {
        if (!s_table.TryGetValue(name, out var entry))
        {
            throw new ArgumentException($"unknown fault switch '{name}'; known: {string.Join(", ", s_table.Keys)}", nameof(name));
        }

        try
        {
            entry.Set(faults, value);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or JsonException)
        {
            throw new ArgumentException($"fault switch '{name}': {e.Message}", nameof(value), e);
        }
    }

    public static JsonObject Read(FakeFaults faults)
    {
        var json = new JsonObject();
        foreach (var (name, entry) in s_table)
        {
            json[name] = entry.Get(faults);
        }

        return json;
    }

    private static bool Bool(JsonNode? v) => v is not null && Text(v) switch
    {
        "true" => true,
        "false" => false,
        var t => throw new FormatException($"expected true or false, not '{t}'"),
    };

    private static int Int(JsonNode? v, int fallback) =>
        v is null ? fallback
        : int.TryParse(Text(v), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : throw new FormatException($"expected a non-negative integer, not '{Text(v)}'");

    private static string OneOf(JsonNode? v, string[] allowed) =>
        v is null ? allowed[0]
        : allowed.Contains(Text(v)) ? Text(v)
        : throw new FormatException($"expected one of {string.Join(", ", allowed)}, not '{Text(v)}'");

    private static string Text(JsonNode v) => v.GetValueKind() switch
    {
        JsonValueKind.String => v.GetValue<string>().Trim().ToLowerInvariant(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => v.ToJsonString(),
    };

    private static Dictionary<string, int> Routes(JsonNode? v) =>
        v is null ? []
        : v is JsonObject o ? o.ToDictionary(kv => kv.Key, kv => Int(kv.Value, 0), StringComparer.OrdinalIgnoreCase)
        : throw new FormatException("expected an object of path prefix → milliseconds");

    private static JsonObject RoutesJson(IReadOnlyDictionary<string, int> routes) =>
        new(routes.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value)));
}
