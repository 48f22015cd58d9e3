using LinkedInAuto.Configuration;

namespace LinkedInAuto.Bots.Safety;

/// <summary>Spaces a run's actions like a person would: a random delay between actions, a longer break every K actions, nothing after the active hours end.</summary>
public sealed class Pacer(PacingOptions pacing, WorkingHours hours, TimeProvider time, Random random)
{
    private int _actions;

    /// <summary>Records an action and waits before the next one; returns false when the active hours end before it may start.</summary>
    public async Task<bool> AfterActionAsync(CancellationToken cancellationToken)
    {
        _actions++;
        var longBreak = pacing.LongBreakEvery > 0 && _actions % pacing.LongBreakEvery == 0;
        var delay = longBreak ? pacing.LongBreak.Next(random) : pacing.ActionDelay.Next(random);
        if (delay >= hours.Remaining(time.GetUtcNow()))
        {
            // The next action would start after the active window closes: stop cleanly now.
            return false;
        }

        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, cancellationToken);
        }

        return hours.IsOpen(time.GetUtcNow());
    }
}
