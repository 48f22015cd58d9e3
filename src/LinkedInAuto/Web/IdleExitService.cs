using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Web;

/// <summary>Stops the web process after `web.idle_exit` without a request; under socket activation systemd keeps the
/// port and starts it again on the next one, so the page costs nothing while nobody looks.</summary>
internal sealed partial class IdleExitService(IdleWatch watch, WebStartup startup, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<IdleExitService> logger)
    : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var idle = startup.Options.IdleExit;
        if (idle <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            while (true)
            {
                var quiet = watch.QuietFor();
                if (quiet >= idle)
                {
                    LogIdleExit(Configuration.DurationParser.Format(idle));
                    lifetime.StopApplication();
                    return;
                }

                await Task.Delay(idle - quiet, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped for another reason (SIGTERM).
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No request for {IdleExit}: the web page exits (the socket unit starts it again on the next request)")]
    private partial void LogIdleExit(string idleExit);
}
