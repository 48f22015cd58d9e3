namespace LinkedInAuto.Session;

/// <summary>Cookies that cannot become a session: the message names the source (and line) and what is expected, never a cookie value.</summary>
public sealed class InvalidSessionException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="InvalidSessionException"/> class.</summary>
    public InvalidSessionException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidSessionException"/> class.</summary>
    public InvalidSessionException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidSessionException"/> class.</summary>
    public InvalidSessionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
