using LinkedInAuto.Configuration;
using LinkedInAuto.Systemd;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Daemon;

/// <summary>On SIGHUP, re-reads the config: a valid one takes effect for the next unit of work, an invalid one is rejected and the old one stays.</summary>
internal sealed class ConfigReloader(ConfigStore config, ILogger<ConfigReloader> logger) : IReloadable
{
    /// <inheritdoc/>
    public Task<ReloadOutcome> ReloadAsync(CancellationToken cancellationToken)
    {
        var errors = config.Reload();
        if (errors.Count == 0)
        {
            logger.LogInformation("Configuration reloaded from {ConfigPath}", config.Path);
            return Task.FromResult(ReloadOutcome.Success);
        }

        foreach (var error in errors)
        {
            logger.LogError("Configuration rejected, the previous one stays in effect: {ConfigError}", error.ToString());
        }

        return Task.FromResult(ReloadOutcome.Failure(errors.Select(e => e.ToString())));
    }
}
