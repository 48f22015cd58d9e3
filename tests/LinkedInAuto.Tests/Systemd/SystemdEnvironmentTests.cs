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
            [SystemdConstants.WatchdogUsec] = "30000000",
            [SystemdConstants.WatchdogPid] = watchdogPid,
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
        var environment = new FakeEnvironmentVariables { [SystemdConstants.WatchdogUsec] = watchdogUsec }.Capture(Pid);

        Assert.False(environment.WatchdogApplies);
        Assert.Null(environment.WatchdogPingInterval);
    }

    [Fact]
    public void IsSystemdService_ExecPidEqualsOurs_True()
    {
        var environment = new FakeEnvironmentVariables { [SystemdConstants.SystemdExecPid] = "4242" }
            .Capture(Pid, parentName: null); // /proc unreadable, as under ProtectProc=invisible

        Assert.True(environment.IsSystemdService);
    }

    [Theory]
    [InlineData("4243", "bash\n", false)] // another process's PID, not started by systemd
    [InlineData("4243", "systemd\n", true)] // mismatch falls through to the legacy parent check
    [InlineData("garbage", "systemd\n", true)] // malformed falls through too
    [InlineData(null, "systemd\n", true)]
    [InlineData(null, "systemd", false)] // comm must be exactly "systemd\n"
    [InlineData(null, "systemd-run\n", false)]
    [InlineData(null, null, false)]
    public void IsSystemdService_FallsBackToParentName(string? execPid, string? parentName, bool expected)
    {
        var environment = new FakeEnvironmentVariables { [SystemdConstants.SystemdExecPid] = execPid }
            .Capture(Pid, parentName);

        Assert.Equal(expected, environment.IsSystemdService);
    }

    [Theory]
    [InlineData(SystemdConstants.NotifySocket, "/run/systemd/notify", true)]
    [InlineData(SystemdConstants.ListenPid, "1", true)]
    [InlineData(SystemdConstants.NotifySocket, "", false)]
    [InlineData(SystemdConstants.InvocationId, "0123456789abcdef0123456789abcdef", false)]
    public void IsSystemdService_AsPid1_NeedsNotifySocketOrListenPid(string name, string value, bool expected)
    {
        var environment = new FakeEnvironmentVariables { [name] = value }.Capture(processId: 1, parentName: null);

        Assert.Equal(expected, environment.IsSystemdService);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("/run/systemd/notify", "/run/systemd/notify")]
    [InlineData("@abstract", "@abstract")]
    public void NotifySocket_EmptyMeansUnset(string? value, string? expected)
    {
        var environment = new FakeEnvironmentVariables { [SystemdConstants.NotifySocket] = value }.Capture();

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
        var environment = new FakeEnvironmentVariables { [SystemdConstants.JournalStream] = value }.Capture();

        Assert.Equal(valid ? (device, inode) : null, environment.JournalStream);
    }

    [Fact]
    public void RemoveNotifyVariables_ClearsEnvironmentButKeepsSnapshot()
    {
        var variables = new FakeEnvironmentVariables
        {
            [SystemdConstants.NotifySocket] = "/run/systemd/notify",
            [SystemdConstants.WatchdogUsec] = "10000000",
            [SystemdConstants.WatchdogPid] = "4242",
            [SystemdConstants.InvocationId] = "abc",
        };
        var environment = variables.Capture(Pid);

        environment.RemoveNotifyVariables();

        Assert.Null(variables[SystemdConstants.NotifySocket]);
        Assert.Null(variables[SystemdConstants.WatchdogUsec]);
        Assert.Null(variables[SystemdConstants.WatchdogPid]);
        Assert.Equal("abc", variables[SystemdConstants.InvocationId]);
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
