using LinkedInAuto.Configuration;
using LinkedInAuto.Engine;
using LinkedInAuto.Pages.States;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace LinkedInAuto.Bots.Safety;

/// <summary>Bounded retries with exponential backoff for throttled and error pages (docs/linkedin-pages.md §2 rows 1 and 9).</summary>
/// <remarks>When the retries are exhausted the page state propagates; the runner then opens the bot's circuit breaker (a durable cool-down).</remarks>
public static class ThrottleRetry
{
    /// <summary>Builds the pipeline from `pacing.throttle_retries` and `pacing.throttle_backoff`.</summary>
    public static ResiliencePipeline Create(PacingOptions pacing, TimeProvider time, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (pacing.ThrottleRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<PageStateException>(e => e.State == PageState.Throttled),
                MaxRetryAttempts = pacing.ThrottleRetries,
                Delay = pacing.ThrottleBackoff,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = pacing.ThrottleBackoff > TimeSpan.Zero,
                OnRetry = args =>
                {
                    logger.LogWarning("Throttled ({Reason}); retry {Attempt} in {Delay}", args.Outcome.Exception?.Message, args.AttemptNumber + 1, args.RetryDelay);
                    return default;
                },
            });
        }

        return builder.Build();
    }
}
