namespace LinkedInAuto.Engine.Network;

/// <summary>What a LinkedIn request said that a person's browser would have taken as a warning.</summary>
public enum NetworkSignalKind
{
    /// <summary>HTTP 401: the session is no longer accepted.</summary>
    Unauthorized,

    /// <summary>HTTP 403: the request was refused.</summary>
    Forbidden,

    /// <summary>HTTP 429: too many requests.</summary>
    RateLimited,

    /// <summary>HTTP 999: LinkedIn's own "request denied".</summary>
    Denied,

    /// <summary>The browser was sent to a `/checkpoint/` page.</summary>
    CheckpointRedirect,

    /// <summary>The browser was sent to a login page or the authwall.</summary>
    LoginRedirect,

    /// <summary>A frame loaded a captcha or challenge page.</summary>
    ChallengeFrame,
}

/// <summary>One warning seen on the network, with the request that carried it.</summary>
/// <param name="Sequence">Its position among everything the watch saw (see <see cref="NetworkWatch.Mark"/>).</param>
/// <param name="Kind">What it says.</param>
/// <param name="Method">The request's method.</param>
/// <param name="Path">The request's path (no query: it may carry identifiers).</param>
/// <param name="Status">The response status, when the signal is a status.</param>
/// <param name="IsActionRequest">Whether the request itself changes state: not a read (POST, PUT, DELETE…) or a page navigation.</param>
public sealed record NetworkSignal(long Sequence, NetworkSignalKind Kind, string Method, string Path, int? Status, bool IsActionRequest)
{
    /// <summary>Gets a value indicating whether LinkedIn refused the state-changing request itself (a refusing status on it).</summary>
    public bool RefusesAction => IsActionRequest && Status is not null;

    /// <summary>Describes the signal for logs and run records, e.g. `HTTP 403 on POST /voyager/api/messaging/send`.</summary>
    public override string ToString() => Kind switch
    {
        NetworkSignalKind.CheckpointRedirect => $"sent to {Path}",
        NetworkSignalKind.LoginRedirect => $"sent to the login page {Path}",
        NetworkSignalKind.ChallengeFrame => $"challenge frame {Path}",
        _ => $"HTTP {Status} on {Method} {Path}",
    };
}
