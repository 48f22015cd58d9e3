using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace LinkedInAuto.Alerts;

/// <summary>How one alert is delivered through one channel: each attempt bounded by a timeout, a few retries with exponential backoff.</summary>
/// <remarks>A missing secret is not retried: it will still be missing in a minute.</remarks>
public sealed class AlertDelivery
{
    /// <summary>How many times a failed attempt is retried.</summary>
    public const int Retries = 3;

    private readonly ResiliencePipeline _pipeline;

    /// <summary>Initializes a new instance of the <see cref="AlertDelivery"/> class with the product's timings (20 s per attempt, retries after 5, 10, 20 s).</summary>
    public AlertDelivery()
        : this(TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(5))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AlertDelivery"/> class. For testing: shorter timings.</summary>
    internal AlertDelivery(TimeSpan attemptTimeout, TimeSpan firstDelay)
    {
        AttemptTimeout = attemptTimeout;
        _pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = Retries,
                Delay = firstDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(ex => ex is not AlertSecretException and not OperationCanceledException),
            })
            .AddTimeout(attemptTimeout)
            .Build();
    }

    /// <summary>Gets the longest an attempt may take.</summary>
    public TimeSpan AttemptTimeout { get; }

    /// <summary>Sends <paramref name="message"/> through <paramref name="channel"/>, retrying; throws the last failure.</summary>
    public async Task SendAsync(IAlertChannel channel, AlertMessage message, CancellationToken cancellationToken) =>
        await _pipeline.ExecuteAsync(async token => await channel.SendAsync(message, token), cancellationToken);

    /// <summary>Sends once, bounded by the attempt timeout (for `alerts test`, which reports at once).</summary>
    public async Task SendOnceAsync(IAlertChannel channel, AlertMessage message, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(AttemptTimeout);
        try
        {
            await channel.SendAsync(message, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"no answer within {AttemptTimeout.TotalSeconds:0} s");
        }
    }

    /// <summary>Describes a failure in one line, without secrets (masked by the channel).</summary>
    public static string Describe(IAlertChannel channel, Exception exception)
    {
        var inner = exception;
        while (inner.InnerException is { } next && inner is not AlertSecretException)
        {
            inner = next;
        }

        var text = exception is TimeoutRejectedException ? "no answer in time" : exception == inner || exception.Message.Contains(inner.Message, StringComparison.Ordinal) ? exception.Message : $"{exception.Message} ({inner.Message})";
        return channel.Mask(text.ReplaceLineEndings(" "));
    }
}
