using System.Text;
using LinkedInAuto.Systemd;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace LinkedInAuto.Tests.Systemd;

/// <summary>The package's notifier, through our sender, against real sockets: exact bytes, and never an exception.</summary>
[Collection(NotifyEnvironmentDefinition.Name)]
public sealed class NotifySenderTests
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
    public async Task Send_PathSocket_SendsExactBytes(string name, string expected)
    {
        await using var listener = NotifySocketListener.BindPath();
        var sender = PackageNotifier.Sender(listener.Address);

        Assert.True(sender.Send(StateFor(name)));

        var datagram = await listener.WaitForAsync(_ => true);
        Assert.Equal(Encoding.UTF8.GetBytes(expected), datagram.Bytes);
    }

    [Theory]
    [MemberData(nameof(States))]
    public async Task Send_AbstractSocket_SendsExactBytes(string name, string expected)
    {
        await using var listener = NotifySocketListener.BindAbstract();
        Assert.StartsWith("@", listener.Address, StringComparison.Ordinal);
        var sender = PackageNotifier.Sender(listener.Address);

        Assert.True(sender.Send(StateFor(name)));

        var datagram = await listener.WaitForAsync(_ => true);
        Assert.Equal(Encoding.UTF8.GetBytes(expected), datagram.Bytes);
    }

    [Fact]
    public async Task Send_SeveralStates_OneDatagram()
    {
        await using var listener = NotifySocketListener.BindPath();
        var sender = PackageNotifier.Sender(listener.Address);

        sender.Send(NotifyMessages.Combine(ServiceState.Ready, NotifyMessages.Status("Idle")));
        await listener.SyncAsync();

        Assert.Equal(["READY=1\nSTATUS=Idle"], listener.Messages);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Send_SocketUnset_NothingSent(string? notifySocket)
    {
        await using var listener = NotifySocketListener.BindPath();
        var sender = PackageNotifier.Sender(notifySocket);

        Assert.False(sender.IsEnabled);
        Assert.False(sender.Send(ServiceState.Ready));
        await listener.SyncAsync();
        Assert.Empty(listener.Messages);
    }

    [Theory]
    [InlineData("path longer than sun_path")]
    [InlineData("abstract name longer than sun_path")]
    [InlineData("missing directory")]
    [InlineData("vsock:2:1234")]
    [InlineData("relative/notify.sock")]
    public void Send_UnusableAddress_FailsWithoutThrowing(string what)
    {
        var address = what switch
        {
            "path longer than sun_path" => "/tmp/" + new string('x', 110),
            "abstract name longer than sun_path" => "@" + new string('x', 107),
            "missing directory" => "/tmp/lia-missing-" + Guid.NewGuid().ToString("N")[..8] + "/notify.sock",
            _ => what,
        };

        Assert.False(PackageNotifier.Sender(address).Send(ServiceState.Ready));
    }

    [Fact]
    public void Send_PathWithoutListener_FailsWithoutThrowing()
    {
        var directory = Directory.CreateTempSubdirectory("lia-");
        try
        {
            // A path nobody listens on (.NET unlinks the files of sockets it closes, so use a plain file): ECONNREFUSED.
            var path = Path.Combine(directory.FullName, "stale.sock");
            File.WriteAllText(path, string.Empty);

            Assert.False(PackageNotifier.Sender(path).Send(ServiceState.Ready));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Send_MessageOfManagerBufferSize_RefusedAndNothingSent()
    {
        await using var listener = NotifySocketListener.BindPath();
        var sender = PackageNotifier.Sender(listener.Address);

        Assert.False(sender.Send(new ServiceState("X_BIG=" + new string('a', SystemdProtocol.NotifyBufferMax))));

        await listener.SyncAsync();
        Assert.Empty(listener.Messages);
    }

    [Fact]
    public void Send_RepeatedFailures_LoggedOncePerStreak()
    {
        var logger = new FakeLogger<NotifySender>();
        var sender = PackageNotifier.Sender("/tmp/lia-missing-" + Guid.NewGuid().ToString("N")[..8], logger);

        sender.Send(NotifyMessages.Watchdog);
        sender.Send(NotifyMessages.Watchdog);
        sender.Send(NotifyMessages.Watchdog);

        var warning = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("Cannot notify systemd", warning.Message, StringComparison.Ordinal);
    }

    private static ServiceState StateFor(string name) => name switch
    {
        "ready" => ServiceState.Ready,
        "status" => NotifyMessages.Status("Idle – next run 14:00 é🙂"),
        "stopping" => ServiceState.Stopping,
        "reloading" => NotifyMessages.Reloading(1234567890),
        "watchdog" => NotifyMessages.Watchdog,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
