using LinkedInAuto.Platform;
using LinkedInAuto.Web;

namespace LinkedInAuto.Tests.Web;

/// <summary>The status page's quota gauges (warnings from 70 % and 90 % used) and the board's sensors from /sys.</summary>
public sealed class StatusFiguresTests
{
    [Theory]
    [InlineData(0, 20, "")]
    [InlineData(13, 20, "")]
    [InlineData(14, 20, "warn")]
    [InlineData(17, 20, "warn")]
    [InlineData(18, 20, "danger")]
    [InlineData(25, 20, "danger")]
    [InlineData(0, 0, "")]
    [InlineData(1, 0, "danger")]
    public void QuotaGauge_Level_WarnsFrom70AndAlarmsFrom90PercentUsed(int used, int limit, string expected)
    {
        Assert.Equal(expected, QuotaGauge.Level(used, limit));
    }

    [Fact]
    public void QuotaGauge_Render_IsANativeMeterWithItsThresholdsAndNoStyleAttribute()
    {
        var html = QuotaGauge.Render("wish today", 9, 10);

        Assert.Contains("class=\"gauge danger\"", html, StringComparison.Ordinal);
        Assert.Contains("9/10 (90 %) — over 90 %", html, StringComparison.Ordinal);
        Assert.Contains("<meter min=\"0\" max=\"10\" low=\"7\" high=\"9\" optimum=\"0\" value=\"9\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void BoardSensors_OnAPi_ReadTheTemperatureAndDescribeTheThrottledFlags()
    {
        using var sys = new TempDirectory();
        Directory.CreateDirectory(sys.File("class/thermal/thermal_zone0"));
        Directory.CreateDirectory(sys.File("devices/platform/soc/soc:firmware"));
        File.WriteAllText(sys.File("class/thermal/thermal_zone0/temp"), "48312\n");
        File.WriteAllText(sys.File("devices/platform/soc/soc:firmware/get_throttled"), "50005\n");

        var board = BoardSensors.Read(sys.Path);

        Assert.Equal(48.312, board.CpuCelsius);
        Assert.Equal("under-voltage now, throttled now, under-voltage since boot, throttled since boot", board.Throttled);
    }

    [Fact]
    public void BoardSensors_WithoutThem_AreNotAvailable()
    {
        using var sys = new TempDirectory();

        Assert.Equal(new BoardReadings(null, null), BoardSensors.Read(sys.Path));
        Assert.Equal("none", BoardSensors.DescribeThrottled(0));
    }
}
