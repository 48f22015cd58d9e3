using System.Text.Json.Nodes;

namespace FakeLinkedIn;

/// <summary>Runtime fault switches; set from the scenario's <c>faults:</c>, by <c>POST /__fake/faults</c> or in process.</summary>
/// <remarks>Values are read on every request, so a change applies to the next page load or action.</remarks>
public sealed partial class FakeFaults
{
    private readonly Lock _lock = new();

    /// <summary>Every page behaves as without a session cookie.</summary>
    public bool SessionExpired { get; set; }

    /// <summary>Missing sessions go to <c>/authwall?sessionRedirect=…</c> instead of <c>/login?session_redirect=…</c>.</summary>
    public bool Authwall { get; set; }

    /// <summary>Pages, <c>/login</c> and <c>/checkpoint/</c> redirect to each other forever.</summary>
    public bool RedirectLoop { get; set; }

    /// <summary>Every page redirects to <c>/checkpoint/challenge/&lt;token&gt;</c>.</summary>
    public bool CheckpointNow { get; set; }

    /// <summary>After this many state-changing actions, navigations land on the checkpoint (0 = off).</summary>
    public int CheckpointAfterActions { get; set; }

    /// <summary>Checkpoint page variant: captcha, pin, verify or restricted.</summary>
    public string CheckpointKind { get; set; } = "captcha";

    /// <summary>Invitation actions (accept, ignore, withdraw, connect) allowed before the weekly-limit dialog (null = off).</summary>
    public int? WeeklyLimitAfter { get; set; }

    /// <summary>Every state-changing action is rejected with an error toast.</summary>
    public bool ErrorToast { get; set; }

    /// <summary>Every Nth send attempt fails with an error toast (0 = off).</summary>
    public int SendFailEvery { get; set; }

    /// <summary>Page replaced by an error page: none, throttle, went_wrong, 429 or 999.</summary>
    public string ErrorPage { get; set; } = "none";

    /// <summary>Delay added to every page, in milliseconds.</summary>
    public int LatencyMs { get; set; }

    /// <summary>Delay per path prefix (e.g. "/in/"), in milliseconds; the longest matching prefix wins.</summary>
    public IReadOnlyDictionary<string, int> RouteLatencyMs { get; set; } = new Dictionary<string, int>();

    /// <summary>Delay of each lazily loaded chunk (cards, results, profile sections), in milliseconds.</summary>
    public int LazyLatencyMs { get; set; }

    /// <summary>Other class-name seed, profile name in <c>h2</c>, other invitation layout.</summary>
    public bool DomVariant { get; set; }

    /// <summary>Markup of the pages: a (the first), b (the second: other classes, other order, names only in alt and labels, plain-text ages) or unknown (b without list semantics).</summary>
    public string Markup { get; set; } = "a";

    /// <summary>Invitation notes are plain text in the card: no "Reply", no "…see more".</summary>
    public bool PlainNotes { get; set; }

    /// <summary>Birthday cards offer <c>&lt;button&gt;Message&lt;/button&gt;</c> instead of the wish link.</summary>
    public bool WishButton { get; set; }

    /// <summary>Items rendered per chunk on lazily growing lists (0 = everything at once).</summary>
    public int LazyPageSize { get; set; } = 5;

    /// <summary>Send opens the "share your profile info" prompt; the message is recorded once it is answered.</summary>
    public bool SharePrompt { get; set; }

    /// <summary>Composer variant: normal, missing, wrong_recipient, new_message, send_disabled, enter_to_send, send_lost.</summary>
    public string Composer { get; set; } = "normal";

    /// <summary>Withdraw variant: normal, no_dialog, not_removed.</summary>
    public string Withdraw { get; set; } = "normal";

    /// <summary>People search shows the monthly search-limit promo instead of results.</summary>
    public bool SearchLimit { get; set; }

    /// <summary>The benign "You're growing your network!" popup on My Network pages.</summary>
    public bool GrowingNetworkPopup { get; set; }

    /// <summary>Applies the switches named in <paramref name="changes"/> (snake_case); null restores a default.</summary>
    /// <exception cref="ArgumentException">Unknown switch or invalid value; nothing is changed then.</exception>
    public void Merge(JsonObject changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        lock (_lock)
        {
            var backup = ToJson();
            try
            {
                foreach (var (name, value) in changes)
                {
                    FaultSwitches.Apply(this, name, value);
                }
            }
            catch (ArgumentException)
            {
                foreach (var (name, value) in backup)
                {
                    FaultSwitches.Apply(this, name, value?.DeepClone());
                }

                throw;
            }
        }
    }

    /// <summary>Restores every switch to its default.</summary>
    public void Reset()
    {
        lock (_lock)
        {
            foreach (var name in FaultSwitches.Names)
            {
                FaultSwitches.Apply(this, name, null);
            }
        }
    }

    /// <summary>Current switches as a JSON object with snake_case names.</summary>
    public JsonObject ToJson() => FaultSwitches.Read(this);

    /// <summary>Delay for a request path: the route latency of the longest matching prefix, else the global one.</summary>
    public int LatencyFor(string path)
    {
        var best = RouteLatencyMs
            .Where(kv => path.StartsWith(kv.Key, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(kv => kv.Key.Length)
            .Select(kv => (int?)kv.Value)
            .FirstOrDefault();
        return best ?? LatencyMs;
    }
}
