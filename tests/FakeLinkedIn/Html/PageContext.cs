using FakeLinkedIn.State;

namespace FakeLinkedIn.Html;

/// <summary>Per-request rendering context: language, class names, world and switches.</summary>
internal sealed class PageContext(FakeState state, HttpContext http)
{
    public FakeState State { get; } = state;

    public HttpContext Http { get; } = http;

    public Lang L { get; } = new(state.French);

    public ClassHasher Classes { get; } = state.Classes;

    public World World { get; } = state.World;

    public FakeFaults Faults { get; } = state.Faults;

    /// <summary>Alternative build: other hashes, name in h2, other invitation layout.</summary>
    public bool Variant => Faults.DomVariant;

    /// <summary>The second markup (b, or unknown: b without list semantics), rendered by <c>Html/MarkupB</c>.</summary>
    public bool MarkupB => Faults.Markup != "a";

    /// <summary>Lists are <c>ul</c>/<c>li</c> (a, b); the unknown markup renders them as bare <c>div</c>s.</summary>
    public bool ListSemantics => Faults.Markup != "unknown";

    public DateOnly Today => State.Clock.Today;

    /// <summary>Scheme and host of this server, for absolute hrefs.</summary>
    public string Origin => $"{Http.Request.Scheme}://{Http.Request.Host}";

    /// <summary>The hashed class of a role in the current build.</summary>
    public string C(string role) => Classes[role];

    public string T(string en, string fr) => L.T(en, fr);

    /// <summary>Avatar image URL of a member.</summary>
    public static string Avatar(string id) => $"/static/avatar/{Uri.EscapeDataString(id)}.svg";
}
