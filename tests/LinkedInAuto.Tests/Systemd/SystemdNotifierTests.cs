using System.Text;
using LinkedInAuto.Systemd;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Tests.Systemd;

public sealed class SystemdNotifierTests
{
    public static TheoryData<string, string> States => new()
    {
        { "ready", "READY=1" },
        { "status", "STATUS=Idle – next run 14:00 é🙂" },
        { "stopping", "STOPPING=1" },
        { "reloading", "RELOADING=1\nMONOTONIC_USEC=1234567890" },
        { "watchdog", "WATCHDOG=1" },
    };

    [Theory]
    [MemberData(nameof(States))]
    public async Task Notify_PathSocket_SendsExactBytes(string name, string expected)
    {
        await using var listener = NotifySocketListener.BindPath();
        var notifier = new SystemdNotifier(listener.Address, null);

        var result = notifier.Notify(StateFor(name));

        Assert.Equal(NotifyResult.Success, result);
        var datagram = await listener.WaitForAsync(_ => true);
        Assert.Equal(Encoding.UTF8.GetBytes(expected), datagram.Bytes);
    }

    [Theory]
    [MemberData(nameof(States))]
    public async Task Notify_AbstractSocket_SendsExactBytes(string name, string expected)
    {
        await using var listener = NotifySocketListener.BindAbstract();
        Assert.StartsWith("@", listener.Address, StringComparison.Ordinal);
        var notifier = new SystemdNotifier(listener.Address, null);

        var result = notifier.Notify(StateFor(name));

        Assert.Equal(NotifyResult.Success, result);
        var datagram = await listener.WaitForAsync(_ => true);
        Assert.Equal(Encoding.UTF8.GetBytes(expected), datagram.Bytes);
    }

    [Fact]
    public async Task Notify_SeveralStates_OneDatagram()
    {
        await using var listener = NotifySocketListener.BindPath();
        var notifier = new SystemdNotifier(listener.Address, null);

        notifier.Notify(ServiceState.Ready, ServiceState.Status("Idle"));
        await listener.SyncAsync();

        Assert.Equal(["READY=1\nSTATUS=Idle"], listener.Messages);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Notify_SocketUnset_NotAvailableAndNothingSent(string? notifySocket)
    {
        await using var listener = NotifySocketListener.BindPath();
        var environment = new FakeEnvironmentVariables { [SystemdConstants.NotifySocket] = notifySocket }.Capture();
        var notifier = new SystemdNotifier(environment);

        var result = notifier.Notify(ServiceState.Ready);

        Assert.False(notifier.IsEnabled);
        Assert.Equal(NotifyResult.NotAvailable, result);
        await listener.SyncAsync();
        Assert.Empty(listener.Messages);
    }

    [Fact]
    public void Notify_PathLongerThanSunPath_FailsWithoutThrowing()
    {
        var notifier = new SystemdNotifier("/tmp/" + new string('x', 110), null);

        Assert.Equal(NotifyResult.Failed, notifier.Notify(ServiceState.Ready));
    }

    [Fact]
    public void Notify_AbstractNameLongerThanSunPath_FailsWithoutThrowing()
    {
        var notifier = new SystemdNotifier("@" + new string('x', 107), null);

        Assert.Equal(NotifyResult.Failed, notifier.Notify(ServiceState.Ready));
    }

    [Fact]
    public void Notify_MissingPath_FailsWithoutThrowing()
    {
        var notifier = new SystemdNotifier("/tmp/lia-missing-" + Guid.NewGuid().ToString("N")[..8] + "/notify.sock", null);

        Assert.Equal(NotifyResult.Failed, notifier.Notify(ServiceState.Ready));
    }

    [Fact]
    public void Notify_PathWithoutListener_FailsWithoutThrowing()
    {
        var directory = Directory.CreateTempSubdirectory("lia-");
        try
        {
            // A path nobody listens on (.NET unlinks the files of sockets it closes, so use a plain file): ECONNREFUSED.
            var path = Path.Combine(directory.FullName, "stale.sock");
            File.WriteAllText(path, string.Empty);
            var notifier = new SystemdNotifier(path, null);

            Assert.Equal(NotifyResult.Failed, notifier.Notify(ServiceState.Ready));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("vsock:2:1234")]
    [InlineData("relative/notify.sock")]
    public void Notify_UnsupportedAddress_NotAvailable(string address)
    {
        var notifier = new SystemdNotifier(address, null);

        Assert.Equal(NotifyResult.NotAvailable, notifier.Notify(ServiceState.Ready));
    }

    [Fact]
    public async Task Notify_MessageOfManagerBufferSize_TooLargeAndNothingSent()
    {
        await using var listener = NotifySocketListener.BindPath();
        var notifier = new SystemdNotifier(listener.Address, null);

        var result = notifier.Notify("X_BIG=" + new string('a', SystemdConstants.NotifyBufferMax));

        Assert.Equal(NotifyResult.TooLarge, result);
        await listener.SyncAsync();
        Assert.Empty(listener.Messages);
    }

    [Fact]
    public void Notify_RepeatedFailures_LoggedOncePerStreak()
    {
        var logger = new RecordingLogger<SystemdNotifier>();
        var notifier = new SystemdNotifier("/tmp/lia-missing-" + Guid.NewGuid().ToString("N")[..8], logger);

        notifier.Notify(ServiceState.Watchdog);
        notifier.Notify(ServiceState.Watchdog);
        notifier.Notify(ServiceState.Watchdog);

        var warning = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("Failed", warning.Message, StringComparison.Ordinal);
    }

    private static string StateFor(string name) => name switch
    {
        "ready" => ServiceState.Ready.Value,
        "status" => ServiceState.Status("Idle – next run 14:00 é🙂").Value,
        "stopping" => ServiceState.Stopping.Value,
        "reloading" => ServiceState.Reloading(1234567890).Value,
        "watchdog" => ServiceState.Watchdog.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
