namespace FakeLinkedIn;

/// <summary>A scenario file that cannot be used; the message names the source and line ("file(line,col): …").</summary>
public sealed class ScenarioException : Exception
{
    public ScenarioException()
    {
    }

    public ScenarioException(string message)
        : base(message)
    {
    }

    public ScenarioException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ScenarioException(string sourceName, int line, int column, string message, Exception? innerException = null)
        : base($"{sourceName}({line},{column}): {message}", innerException)
    {
        SourceName = sourceName;
        Line = line;
    }

    /// <summary>File path or name given to the parser.</summary>
    public string? SourceName { get; }

    /// <summary>1-based line of the offending node, 0 when unknown.</summary>
    public int Line { get; }
}
