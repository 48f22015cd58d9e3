namespace LinkedInAuto.Logging;

/// <summary>Stands in for an exception whose text contained secrets: same type name, redacted message and text.</summary>
/// <remarks>Exceptions are immutable, so redaction swaps the exception on the log event for this one.</remarks>
public sealed class RedactedException : Exception
{
    private readonly string _text;

    /// <summary>Creates an empty instance (standard constructor; not used by the redactor).</summary>
    public RedactedException()
        : this(string.Empty)
    {
    }

    /// <summary>Creates an instance with a message only (standard constructor; not used by the redactor).</summary>
    public RedactedException(string message)
        : base(message)
    {
        _text = message;
        OriginalTypeName = typeof(RedactedException).FullName!;
    }

    /// <summary>Creates an instance with a message and inner exception (standard constructor; not used by the redactor).</summary>
    public RedactedException(string message, Exception innerException)
        : base(message, innerException)
    {
        _text = message;
        OriginalTypeName = typeof(RedactedException).FullName!;
    }

    internal RedactedException(string originalTypeName, string redactedMessage, string redactedText)
        : base(redactedMessage)
    {
        OriginalTypeName = originalTypeName;
        _text = redactedText;
    }

    /// <summary>Full name of the type of the exception that was logged.</summary>
    public string OriginalTypeName { get; }

    /// <inheritdoc/>
    public override string? StackTrace => null; // already part of the redacted text

    /// <summary>The redacted <c>ToString()</c> of the original exception, stack trace and inner exceptions included.</summary>
    public override string ToString() => _text;
}
