
namespace FakeLinkedIn;

/// <summary>How to host the fake: port, logging, and an optional date overriding the scenario's.</summary>
public sealed class FakeServerOptions
{
    /// <summary>Port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Overrides the scenario's <c>today</c>.</summary>
    public DateOnly? Today { get; init; }

    /// <summary>Minimum level of the console log; null disables logging (the default, quiet in tests).</summary>
    public LogLevel? ConsoleLogLevel { get; init; }

    /// <summary>Source of real time flowing within the fake day; defaults to the system clock.</summary>
    public TimeProvider? TimeProvider { get; init; }
}
