namespace FakeLinkedIn;

/// <summary>Switches for what LinkedIn does to an account in the middle of a session, without the page telling.</summary>
public sealed partial class FakeFaults
{
    /// <summary>After this many actions (state changes and profile views), a checkpoint trips server-side: every
    /// state-changing call answers a bare 403 (the page script shows nothing), reads still answer, and the next page
    /// navigation lands on <c>/checkpoint/challenge/…</c> (0 = off).</summary>
    public int SilentCheckpointAfter { get; set; }

    /// <summary>After this many actions the session is revoked: every API call answers a bare 401 and every page
    /// navigation goes to <c>/login</c> (0 = off).</summary>
    public int SessionRevokedAfter { get; set; }

    /// <summary>After this many actions LinkedIn rate-limits: state-changing calls and profile visits answer 429; other
    /// pages still load (0 = off).</summary>
    public int RateLimitAfter { get; set; }

    /// <summary>Each 1st-degree connection with a birthday on the birthday page already has, in its conversation, the
    /// owner's wish sent on the birthday (a history the product's database does not know).</summary>
    public bool PriorWishes { get; set; }
}
