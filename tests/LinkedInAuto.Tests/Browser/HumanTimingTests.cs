using LinkedInAuto.Browser;
using LinkedInAuto.Configuration;

namespace LinkedInAuto.Tests.Browser;

public sealed class HumanTimingTests
{
    [Fact]
    public void DelayAsync_FastMode_CompletesAtOnceWhateverTheConfiguredRange()
    {
        var time = new CountingTimeProvider();
        var options = new HumanInputOptions { Fast = true, Dwell = new(TimeSpan.FromHours(1), TimeSpan.FromHours(2)) };
        var timing = new HumanTiming(options, new Random(1), time);

        var delay = timing.DelayAsync(options.Dwell, CancellationToken.None);

        Assert.True(delay.IsCompletedSuccessfully);
        Assert.Equal(TimeSpan.Zero, timing.Next(options.ClickPause));
        Assert.Equal(0, time.Timers);
    }

    [Fact]
    public async Task DelayAsync_NormalMode_WaitsADurationDrawnFromTheRange()
    {
        var time = new CountingTimeProvider();
        var range = new DurationRange(TimeSpan.FromMilliseconds(30), TimeSpan.FromMilliseconds(40));
        var timing = new HumanTiming(new HumanInputOptions(), new Random(1), time);

        await timing.DelayAsync(range, CancellationToken.None);

        var due = Assert.Single(time.DueTimes);
        Assert.InRange(due, range.Min, range.Max);
    }

    [Fact]
    public void Waypoints_AnyPath_EndsExactlyOnTheTargetAfterTwoToFourLegs()
    {
        var random = new Random(7);
        for (var i = 0; i < 50; i++)
        {
            var to = new PointF(random.Next(1366), random.Next(657));

            var path = PointerPath.Waypoints(new PointF(10, 10), to, random);

            Assert.InRange(path.Count, 2, 4);
            Assert.Equal(to, path[^1]);
        }
    }

    [Fact]
    public void Inside_AnyBox_StaysInItsMiddleHalf()
    {
        var random = new Random(3);
        for (var i = 0; i < 200; i++)
        {
            var point = PointerPath.Inside(100, 50, 80, 20, random);

            Assert.InRange(point.X, 120, 160);
            Assert.InRange(point.Y, 55, 65);
        }
    }
}
