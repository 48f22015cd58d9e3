using LinkedInAuto.Configuration;

namespace LinkedInAuto.Browser;

/// <summary>Draws the human-like delays from `browser.human`; every delay is zero in fast mode.</summary>
public sealed class HumanTiming
{
    private readonly Random _random;
    private readonly TimeProvider _time;

    /// <summary>Initializes a new instance of the <see cref="HumanTiming"/> class.</summary>
    public HumanTiming(HumanInputOptions options, Random random, TimeProvider time)
    {
        Options = options;
        _random = random;
        _time = time;
    }

    /// <summary>Gets the timings in effect.</summary>
    public HumanInputOptions Options { get; }

    /// <summary>Gets the random source shared by delays and pointer paths.</summary>
    internal Random Random => _random;

    /// <summary>Draws a duration from <paramref name="range"/>, or zero in fast mode.</summary>
    public TimeSpan Next(DurationRange range) => Options.Fast ? TimeSpan.Zero : range.Next(_random);

    /// <summary>Waits a duration drawn from <paramref name="range"/>.</summary>
    public Task DelayAsync(DurationRange range, CancellationToken cancellationToken) => DelayAsync(Next(range), cancellationToken);

    /// <summary>Waits <paramref name="delay"/> on the injected clock; a zero delay completes synchronously.</summary>
    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return delay > TimeSpan.Zero ? Task.Delay(delay, _time, cancellationToken) : Task.CompletedTask;
    }
}
