using LinkedInAuto.Configuration;
using LinkedInAuto.Scheduling;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace LinkedInAuto.Tests.Scheduling;

/// <summary>`pause --for` / `--until`: the scheduler skips planned runs until the end, which survives a restart, then resumes by itself.</summary>
public sealed class TimedPauseTests : IDisposable
{
    private static readonly TimeZoneInfo s_paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private readonly TempDirectory _state = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));

    private AppDirectories Directories => new(_state.Path, _state.Path, null);

    [Fact]
    public void PauseAllUntil_BeforeTheEnd_PausesEveryBotAndARestartKeepsIt()
    {
        var pause = new PauseState(Directories, NullLogger<PauseState>.Instance, _time);

        Assert.True(pause.PauseAllUntil(_time.GetUtcNow().AddHours(1)));
        _time.Advance(TimeSpan.FromMinutes(59));

        Assert.True(pause.IsPaused("birthday"));
        var restarted = new PauseState(Directories, NullLogger<PauseState>.Instance, _time);
        Assert.True(restarted.IsPaused("visitor"));
        Assert.Equal(_time.GetUtcNow().AddMinutes(1), restarted.Current.UntilUtc);
    }

    [Fact]
    public void PauseAllUntil_AtTheEnd_ABotPausedUntilResumeStaysPaused()
    {
        var pause = new PauseState(Directories, NullLogger<PauseState>.Instance, _time);
        pause.PauseBot("visitor");
        pause.PauseAllUntil(_time.GetUtcNow().AddHours(1));

        _time.Advance(TimeSpan.FromHours(1));

        Assert.False(pause.IsPaused("birthday"));
        Assert.True(pause.IsPaused("visitor"));
        Assert.True(new PauseState(Directories, NullLogger<PauseState>.Instance, _time).IsPaused("visitor"));
    }

    [Fact]
    public void PauseAllUntil_AtTheEnd_ResumesByItselfAndTheFileSaysSo()
    {
        var pause = new PauseState(Directories, NullLogger<PauseState>.Instance, _time);
        pause.PauseAllUntil(_time.GetUtcNow().AddHours(4));

        _time.Advance(TimeSpan.FromHours(4));

        Assert.False(pause.IsPaused("birthday"));
        Assert.True(pause.Current is { All: false, UntilUtc: null });
        Assert.False(new PauseState(Directories, NullLogger<PauseState>.Instance, _time).Current.All);
    }

    [Fact]
    public void PauseAllUntil_WhilePausedUntilResume_KeepsTheOpenEndedPause()
    {
        var pause = new PauseState(Directories, NullLogger<PauseState>.Instance, _time);
        pause.PauseAll(stopped: true);

        Assert.False(pause.PauseAllUntil(_time.GetUtcNow().AddHours(1)));
        _time.Advance(TimeSpan.FromHours(2));

        Assert.True(pause.Current is { All: true, Stopped: true, UntilUtc: null });
    }

    [Fact]
    public void Resolve_Tomorrow_IsTheNextLocalMidnight()
    {
        var (end, problem) = PauseEnd.Resolve(null, "tomorrow", s_paris, new DateTimeOffset(2026, 12, 5, 23, 30, 0, TimeSpan.Zero));

        Assert.Null(problem);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.FromHours(1)), end);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(31 * 24 * 60, null)]
    [InlineData(60, "next week")]
    public void Resolve_BadRequest_SaysWhy(int minutes, string? until)
    {
        var (end, problem) = PauseEnd.Resolve(minutes == 60 && until is not null ? null : TimeSpan.FromMinutes(minutes), until, s_paris, _time.GetUtcNow());

        Assert.Null(end);
        Assert.NotNull(problem);
    }

    [Fact]
    public void StatusLine_TimedPause_SaysWhenItResumes()
    {
        var view = new DaemonView(null, new LinkedInAuto.Storage.AccountStatus(LinkedInAuto.Storage.Entities.AccountState.Ok, null, null), true,
            new PauseSnapshot(true, false, [], _time.GetUtcNow().AddHours(1)), [], s_paris, _time.GetUtcNow());

        Assert.Equal("paused until 11:00 — or run linkedin-auto resume", StatusLine.Describe(view));
    }

    public void Dispose() => _state.Dispose();
}
