using LinkedInAuto.Alerts;
using LinkedInAuto.Scheduling;
using LinkedInAuto.Tests.Session;
using LinkedInAuto.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace LinkedInAuto.Tests.Alerts;

/// <summary>The daily session-expiry check of the daemon, with every bot paused and no run at all (issue 15, acceptance 2).</summary>
public sealed class SessionExpiryWatchTests
{
    [Fact]
    public async Task EveryBotPaused_SessionEntersTheWarningWindow_OwnerNotifiedWithinADay()
    {
        using var ntfy = new HttpCapture();
        await using var harness = new AlertHarness($"ntfy:\n  phone: {{ server: {ntfy.Url}, topic: pi }}");
        var clock = new CountingFakeTimeProvider(SessionSamples.Now);
        using var session = new SessionHarness(clock: clock);
        await session.ImportTextAsync("cookies.txt", SessionSamples.Netscape(session.Clock.GetUtcNow()));
        session.Clock.SetUtcNow(session.Clock.GetUtcNow().AddDays(292).AddHours(-1)); // 8 days left: no warning yet
        var pause = new PauseState(session.Directories, NullLogger<PauseState>.Instance);
        pause.PauseAll(stopped: false);
        using var watch = new SessionExpiryWatch(session.Status, harness.Dispatcher, session.Config, session.Clock, NullLogger<SessionExpiryWatch>.Instance);

        await watch.StartAsync(CancellationToken.None);
        await clock.WaitForTimersAsync(1); // the check at start is done (8 days left: nothing to say) and the daily one armed
        session.Clock.Advance(TimeSpan.FromDays(1));

        var alert = await ntfy.ReceiveAsync();
        Assert.True(pause.IsPaused("birthday"));
        Assert.Equal("LinkedIn session expires soon", alert.Headers["Title"]);
        Assert.Contains("(7 days)", alert.Text, StringComparison.Ordinal);
        Assert.Contains("linkedin-auto auth import", alert.Text, StringComparison.Ordinal);

        // Another check the same day in Paris (the watch checks every 12 hours): said once a day, not at every check.
        Assert.False(await watch.CheckAsync(CancellationToken.None));
        await watch.StopAsync(CancellationToken.None);
    }
}
