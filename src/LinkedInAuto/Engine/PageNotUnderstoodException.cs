namespace LinkedInAuto.Engine;

/// <summary>A logged-in page the bot needs could not be read: a list LinkedIn should fill showed no recognisable item, and not its empty state.</summary>
/// <remarks>
/// The run stops before acting on that page, as a failure with evidence and an alert: zero items on a list that is not
/// in its empty state means the selectors no longer match, never "nothing to do" (src/LinkedInAuto/Pages/README.md).
/// </remarks>
public sealed class PageNotUnderstoodException : Exception
{
    /// <summary>How the run's reason starts, so the alerts can tell this failure apart.</summary>
    public const string ReasonPrefix = "page not understood";

    /// <summary>Initializes a new instance of the <see cref="PageNotUnderstoodException"/> class.</summary>
    public PageNotUnderstoodException()
        : base(ReasonPrefix)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PageNotUnderstoodException"/> class.</summary>
    /// <param name="message">What was not understood, starting with <see cref="ReasonPrefix"/>.</param>
    public PageNotUnderstoodException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PageNotUnderstoodException"/> class.</summary>
    public PageNotUnderstoodException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets a value indicating whether a run's reason says a page was not understood.</summary>
    public static bool IsReason(string? reason) => reason?.StartsWith(ReasonPrefix, StringComparison.Ordinal) == true;
}
