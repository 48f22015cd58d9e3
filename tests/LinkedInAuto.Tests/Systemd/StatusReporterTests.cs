using LinkedInAuto.Systemd;

namespace LinkedInAuto.Tests.Systemd;

public sealed class StatusReporterTests
{
    [Fact]
    public async Task SetStatus_SendsOnlyChanges()
    {
        await using var listener = NotifySocketListener.BindPath();
        var reporter = new StatusReporter(new SystemdNotifier(listener.Address, null));

        Assert.Equal(StatusReporter.InitialStatus, reporter.Current);
        Assert.True(reporter.SetStatus("Idle"));
        Assert.False(reporter.SetStatus("Idle"));
        Assert.False(reporter.SetStatus(" Idle\n"));
        Assert.True(reporter.SetStatus("Running bot\ninvites"));
        await listener.SyncAsync();

        Assert.Equal(["STATUS=Idle", "STATUS=Running bot invites"], listener.Messages);
        Assert.Equal("Running bot invites", reporter.Current);
    }

    [Fact]
    public async Task NotifyWithStatus_SendsStateAndCurrentStatusInOneDatagram()
    {
        await using var listener = NotifySocketListener.BindAbstract();
        var reporter = new StatusReporter(new SystemdNotifier(listener.Address, null));
        reporter.Update("Idle");

        reporter.NotifyWithStatus(ServiceState.Ready);
        await listener.SyncAsync();

        Assert.Equal(["READY=1\nSTATUS=Idle"], listener.Messages);
    }

    [Fact]
    public void SetStatus_WithoutNotifySocket_StillTracksStatus()
    {
        var reporter = new StatusReporter(new SystemdNotifier((string?)null, null));

        reporter.SetStatus("Idle");

        Assert.Equal("Idle", reporter.Current);
    }
}
