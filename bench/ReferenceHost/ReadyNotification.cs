using Microsoft.Extensions.Hosting;

namespace ReferenceHost;

/// <summary>READY=1 once every hosted service has started (as the product does), STOPPING=1 when asked to stop.</summary>
internal sealed class ReadyNotification(IHostApplicationLifetime lifetime, Notifier notifier) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => notifier.Send("READY=1\nSTATUS=idle"));
        lifetime.ApplicationStopping.Register(() => notifier.Send("STOPPING=1"));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
