using LinkedInAuto.Configuration;
using LinkedInAuto.Doctor;
using LinkedInAuto.SystemBus;

namespace LinkedInAuto.Tests.Doctor;

/// <summary>The checks that read /proc, /run and a few commands, each against a fake machine.</summary>
public sealed class HostChecksTests
{
    private readonly FakeSystemProbe _probe = new();

    [Fact]
    public async Task Memory_Pi4WithZram_Passes()
    {
        MemInfo(total: 3_884_412, available: 3_000_000, swap: 1_942_204, swapFree: 1_942_204);

        var result = await new MemoryCheck(FakeSystemProbe.Context(), _probe).RunAsync(default);

        Assert.Equal(DoctorStatus.Pass, result.Status);
        Assert.StartsWith("3.7 GiB RAM, 1.9 GiB swap;", result.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BrowserMode.Default, DoctorStatus.Warn)]
    [InlineData(BrowserMode.LowMemory, DoctorStatus.Pass)]
    public async Task Memory_TotalUnderFloorPlusBrowser_Warns_WithTheModesHeadroom(BrowserMode mode, DoctorStatus expected)
    {
        // 1228 MiB in all: under 700 + 600 (default), over 700 + 450 (low_memory).
        MemInfo(total: 1_257_472, available: 1_000_000, swap: 0, swapFree: 0);
        var config = new AppConfig();
        config.Browser.Mode = mode;

        var result = await new MemoryCheck(FakeSystemProbe.Context(config: config), _probe).RunAsync(default);

        Assert.Equal(expected, result.Status);
        if (expected == DoctorStatus.Warn)
        {
            Assert.Contains("less than the 1.3 GiB a run needs (memory.min_available_mb 700", result.Detail, StringComparison.Ordinal);
            Assert.Contains("systemd-zram-generator", result.Hint, StringComparison.Ordinal);
            Assert.Contains("browser.mode: low_memory", result.Hint, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Memory_LittleAvailableNow_WarnsThatRunsArePostponed()
    {
        MemInfo(total: 3_884_412, available: 300_000, swap: 1_942_204, swapFree: 100_000);

        var result = await new MemoryCheck(FakeSystemProbe.Context(), _probe).RunAsync(default);

        Assert.Equal(DoctorStatus.Warn, result.Status);
        Assert.Contains("only 390 MiB available now, under memory.min_available_mb (700 MiB): runs are postponed", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zram_Active_PassesWithSizeAndPriority()
    {
        _probe.Files["/proc/swaps"] = "Filename\tType\tSize\tUsed\tPriority\n/var/swap                               file\t\t102396\t\t0\t\t-2\n/dev/zram0                              partition\t1942524\t\t12\t\t32767\n";

        var result = await new ZramCheck(_probe).RunAsync(default);

        Assert.Equal(DoctorResult.Pass("zram", "/dev/zram0 1.9 GiB (priority 32767)"), result);
    }

    [Fact]
    public async Task Zram_None_WarnsToInstallTheGenerator_OrToRestartItWhenInstalled()
    {
        _probe.Files["/proc/swaps"] = "Filename\tType\tSize\tUsed\tPriority\n/var/swap file 102396 0 -2\n";

        var missing = await new ZramCheck(_probe).RunAsync(default);
        _probe.Existing.Add(ZramCheck.Generator);
        var installed = await new ZramCheck(_probe).RunAsync(default);

        Assert.Equal((DoctorStatus.Warn, DoctorStatus.Warn), (missing.Status, installed.Status));
        Assert.StartsWith("`sudo apt install systemd-zram-generator`, then reboot", missing.Hint, StringComparison.Ordinal);
        Assert.Contains("systemctl restart systemd-zram-setup@zram0", installed.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clock_TimesyncFlag_OrNtpSynchronized_Passes_ElseWarns()
    {
        var unknown = await new ClockCheck(_probe).RunAsync(default);
        _probe.ClockSynchronized = false;
        var no = await new ClockCheck(_probe).RunAsync(default);
        _probe.ClockSynchronized = true;
        var yes = await new ClockCheck(_probe).RunAsync(default);
        _probe.Existing.Add(ClockCheck.TimesyncFlag);
        _probe.ClockSynchronized = null;
        var flag = await new ClockCheck(_probe).RunAsync(default);

        Assert.Equal((DoctorStatus.Warn, DoctorStatus.Warn, DoctorStatus.Pass, DoctorStatus.Pass), (unknown.Status, no.Status, yes.Status, flag.Status));
        Assert.Contains("timedatectl set-ntp true", no.Hint, StringComparison.Ordinal);
        Assert.Equal("not synchronised (timedated: NTPSynchronized=no)", no.Detail);
        Assert.Equal("synchronised (systemd-timesyncd)", flag.Detail);
    }

    [Theory]
    [InlineData(50, DoctorStatus.Fail)]
    [InlineData(99, DoctorStatus.Fail)]
    [InlineData(100, DoctorStatus.Warn)]
    [InlineData(499, DoctorStatus.Warn)]
    [InlineData(500, DoctorStatus.Pass)]
    public async Task Disk_FailsUnder100MiB_WarnsUnder500MiB(long freeMiB, DoctorStatus expected)
    {
        _probe.Existing.Add("/var/lib");
        _probe.Free = freeMiB * 1024 * 1024;

        var result = await new DiskCheck(FakeSystemProbe.Context(), _probe).RunAsync(default);

        Assert.Equal(expected, result.Status);
        Assert.Contains($"{freeMiB} MiB free on /var/lib", result.Detail, StringComparison.Ordinal);
        Assert.True(expected == DoctorStatus.Pass || result.Hint!.Contains("linkedin-auto db prune", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unit_WithoutSystemd_PassesAsSkipped_NeverFails()
    {
        var result = await new UnitCheck(_probe).RunAsync(default);

        Assert.Equal(DoctorStatus.Pass, result.Status);
        Assert.StartsWith("skipped: systemd is not running here", result.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("loaded", "active", "running", 0, 0, DoctorStatus.Pass, null)]
    [InlineData("loaded", "active", "running", 3, 0, DoctorStatus.Warn, "journalctl -u linkedin-auto")]
    [InlineData("loaded", "active", "running", 0, 1, DoctorStatus.Warn, "systemctl cat linkedin-auto")]
    [InlineData("loaded", "failed", "failed", 5, 0, DoctorStatus.Fail, "journalctl -u linkedin-auto")]
    [InlineData("loaded", "inactive", "dead", 0, 0, DoctorStatus.Warn, "systemctl enable --now linkedin-auto")]
    [InlineData("not-found", "inactive", "dead", 0, 0, DoctorStatus.Pass, null)]
    public async Task Unit_UnderSystemd_JudgesStateRestartsAndHardening(string load, string active, string sub, int restarts, int securityExit, DoctorStatus expected, string? hint)
    {
        _probe.Existing.Add("/run/systemd/system");
        _probe.Units["linkedin-auto.service"] = new UnitFacts(load, active, sub, (uint)restarts, 0, null);
        var score = securityExit == 0 ? "1.9 OK 🙂" : "4.2 OK 🙂";
        _probe.Commands["systemd-analyze security linkedin-auto.service --threshold=19 --no-pager"] =
            new(securityExit, $"  NAME  DESCRIPTION  EXPOSURE\n→ Overall exposure level for linkedin-auto.service: {score}\n", string.Empty);

        var result = await new UnitCheck(_probe).RunAsync(default);

        Assert.Equal(expected, result.Status);
        if (hint is not null)
        {
            Assert.Contains(hint, result.Hint, StringComparison.Ordinal);
        }

        if (load == "loaded")
        {
            Assert.Equal($"{active} ({sub}), {restarts} restart{(restarts == 1 ? string.Empty : "s")}, exposure {score}", result.Detail.Split(" (the shipped")[0]);
        }
    }

    private void MemInfo(long total, long available, long swap, long swapFree) =>
        _probe.Files["/proc/meminfo"] = $"MemTotal:       {total} kB\nMemFree:         12345 kB\nMemAvailable:   {available} kB\nSwapTotal:      {swap} kB\nSwapFree:       {swapFree} kB\n";
}
