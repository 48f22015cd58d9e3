using LinkedInAuto.Systemd;

namespace LinkedInAuto.Tests.Systemd;

[Collection(NotifyEnvironmentDefinition.Name)]
public sealed class StatusReporterTests
{
    [Fact]
    public async Task SetStatus_SendsOnlyChanges()
    {
        await using var listener = NotifySocketListener.BindPath();
        var reporter = new StatusReporter(PackageNotifier.Sender(listener.Address));

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
    public async Task NotifyReady_SendsReadyAndCurrentStatusInOneDatagram()
    {
        await using var listener = NotifySocketListener.BindAbstract();
        var reporter = new StatusReporter(PackageNotifier.Sender(listener.Address));
        reporter.Update("Idle");

        reporter.NotifyReady();
        await listener.SyncAsync();

        Assert.Equal(["READY=1\nSTATUS=Idle"], listener.Messages);
    }

    [Fact]
    public async Task EnterStopping_NoStatusOrReadyAfterwards()
    {
        await using var listener = NotifySocketListener.BindPath();
        var reporter = new StatusReporter(PackageNotifier.Sender(listener.Address));
        reporter.SetStatus("idle — next: birthday 09:12");

        reporter.EnterStopping();
        Assert.False(reporter.SetStatus("idle — next: birthday 09:12"));
        Assert.False(reporter.NotifyReady());
        await listener.SyncAsync();

        Assert.Equal(["STATUS=idle — next: birthday 09:12", "STOPPING=1\nSTATUS=Stopping"], listener.Messages);
        Assert.Equal("Stopping", reporter.Current);
    }

    [Fact]
    public void SetStatus_WithoutNotifySocket_StillTracksStatus()
    {
        var reporter = new StatusReporter(PackageNotifier.Sender(null));

        reporter.SetStatus("Idle");

        Assert.Equal("Idle", reporter.Current);
    }
}
