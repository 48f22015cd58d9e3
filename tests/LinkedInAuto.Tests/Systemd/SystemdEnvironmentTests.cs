using LinkedInAuto.Systemd;

namespace LinkedInAuto.Tests.Systemd;

public sealed class SystemdEnvironmentTests
{
    private const int Pid = 4242;

    [Theory]
    [InlineData(null, true)] // WATCHDOG_PID unset: the watchdog is ours
    [InlineData("4242", true)] // equal to our PID
    [InlineData("1", false)] // meant for another process
    [InlineData("abc", false)] // malformed
    [InlineData("-4242", false)]
    public void WatchdogApplies_DependsOnWatchdogPid(string? watchdogPid, bool expected)
    {
        var environment = new FakeEnvironmentVariables
        {
            [SystemdProtocol.WatchdogUsec] = "30000000",
            [SystemdProtocol.WatchdogPid] = watchdogPid,
        }.Capture(Pid);

        Assert.Equal(expected, environment.WatchdogApplies);
        Assert.Equal(expected ? TimeSpan.FromSeconds(30) : null, environment.WatchdogTimeout);
        Assert.Equal(expected ? TimeSpan.FromSeconds(15) : null, environment.WatchdogPingInterval);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("30s")]
    [InlineData(" 30000000")]
    public void WatchdogApplies_UnsetOrMalformedUsec_False(string? watchdogUsec)
    {
        var environment = new FakeEnvironmentVariables { [SystemdProtocol.WatchdogUsec] = watchdogUsec }.Capture(Pid);

        Assert.False(environment.WatchdogApplies);
        Assert.Null(environment.WatchdogPingInterval);
    }

    [Fact]
    public void IsSystemdService_ExecPidEqualsOurs_True()
    {
        // The package's detection fails under ProtectProc=invisible (PID 1 is hidden); SYSTEMD_EXEC_PID still tells.
        var environment = new FakeEnvironmentVariables { [SystemdProtocol.SystemdExecPid] = "4242" }
            .Capture(Pid, packageSaysService: false);

        Assert.True(environment.IsSystemdService);
    }

    [Theory]
    [InlineData("4243", false, false)] // another process's PID, and the package finds no systemd parent
    [InlineData("4243", true, true)] // a mismatch falls through to the package's detection
    [InlineData("garbage", true, true)] // malformed falls through too
    [InlineData(null, true, true)]
    [InlineData(null, false, false)]
    public void IsSystemdService_OtherwiseThePackagesDetection(string? execPid, bool packageSaysService, bool expected)
    {
        var environment = new FakeEnvironmentVariables { [SystemdProtocol.SystemdExecPid] = execPid }
            .Capture(Pid, packageSaysService);

        Assert.Equal(expected, environment.IsSystemdService);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("/run/systemd/notify", "/run/systemd/notify")]
    [InlineData("@abstract", "@abstract")]
    public void NotifySocket_EmptyMeansUnset(string? value, string? expected)
    {
        var environment = new FakeEnvironmentVariables { [SystemdProtocol.NotifySocket] = value }.Capture();

        Assert.Equal(expected, environment.NotifySocket);
    }

    [Theory]
    [InlineData("8:306630", true, 8UL, 306630UL)]
    [InlineData("8:", false, 0UL, 0UL)]
    [InlineData(":306630", false, 0UL, 0UL)]
    [InlineData("8-306630", false, 0UL, 0UL)]
    [InlineData("x:1", false, 0UL, 0UL)]
    public void JournalStream_ParsesDeviceAndInode(string value, bool valid, ulong device, ulong inode)
    {
        var environment = new FakeEnvironmentVariables { [SystemdProtocol.JournalStream] = value }.Capture();

        Assert.Equal(valid ? (device, inode) : null, environment.JournalStream);
    }

    [Fact]
    public void RemoveNotifyVariables_ClearsEnvironmentButKeepsSnapshot()
    {
        var variables = new FakeEnvironmentVariables
        {
            [SystemdProtocol.NotifySocket] = "/run/systemd/notify",
            [SystemdProtocol.WatchdogUsec] = "10000000",
            [SystemdProtocol.WatchdogPid] = "4242",
            [SystemdProtocol.InvocationId] = "abc",
        };
        var environment = variables.Capture(Pid);

        environment.RemoveNotifyVariables();

        Assert.Null(variables[SystemdProtocol.NotifySocket]);
        Assert.Null(variables[SystemdProtocol.WatchdogUsec]);
        Assert.Null(variables[SystemdProtocol.WatchdogPid]);
        Assert.Equal("abc", variables[SystemdProtocol.InvocationId]);
        Assert.Equal("/run/systemd/notify", environment.NotifySocket);
        Assert.True(environment.WatchdogApplies);
    }

    [Fact]
    public void Current_IsCachedSnapshotOfThisProcess()
    {
        Assert.Same(SystemdEnvironment.Current, SystemdEnvironment.Current);
        Assert.Equal(Environment.ProcessId, SystemdEnvironment.Current.ProcessId);
    }
}
