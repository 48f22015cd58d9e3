using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Configuration;
using LinkedInAuto.Scheduling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Reaper;

/// <summary>Runs the reaper every `reaper.interval` (read each time, so a reload applies) and after every run.</summary>
internal sealed partial class ReaperService(ChromiumReaper reaper, ConfigStore config, TimeProvider time, ILogger<ReaperService> logger)
    : BackgroundService, IRunFinishedHandler
{
    /// <inheritdoc/>
    public async Task OnRunFinishedAsync(RunResult result, CancellationToken cancellationToken) => await reaper.ReapOnceAsync(cancellationToken);

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await reaper.ReapOnceAsync(stoppingToken);
                await Task.Delay(config.Current.Reaper.Interval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                LogFailed(ex);
                await Task.Delay(config.Current.Reaper.Interval, time, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reaper pass failed")]
    private partial void LogFailed(Exception exception);
}
