using LinkedInAuto.Configuration;
using LinkedInAuto.Session;
using LinkedInAuto.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Alerts;

/// <summary>Checks the saved session's expiry at start and every <see cref="Period"/>, whether bots run or are paused,
/// and alerts once a day while it expires within `account.session_expiry_warning`.</summary>
public sealed partial class SessionExpiryWatch(SessionStatusReader sessions, AlertDispatcher alerts, ConfigStore config, TimeProvider time, ILogger<SessionExpiryWatch> logger)
    : BackgroundService
{
    /// <summary>How often the expiry is checked (twice a day: an alert a day, whatever the hour the daemon started).</summary>
    public static readonly TimeSpan Period = TimeSpan.FromHours(12);

    private DateOnly? _warnedOn;

    /// <summary>Checks once now; alerts at most once per local day.</summary>
    /// <returns>True when it alerted.</returns>
    public async Task<bool> CheckAsync(CancellationToken cancellationToken)
    {
        var session = await sessions.ReadAsync(cancellationToken);
        var now = time.GetUtcNow();
        var today = LocalCalendar.Today(now, config.Current.TimeZone.Zone);
        if (!session.ExpiryWarning || session.Expired || session.LiAtExpiresLocalDate is not { } expires || _warnedOn == today)
        {
            return false;
        }

        _warnedOn = today;
        alerts.Publish(AlertTexts.SessionExpiring(expires, session.DaysLeft ?? 0, today, now));
        return true;
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await CheckSafelyAsync(stoppingToken);
            using var timer = new PeriodicTimer(Period, time);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await CheckSafelyAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task CheckSafelyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await CheckAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            LogFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The session expiry check failed")]
    private partial void LogFailed(Exception exception);
}
