using System.Globalization;
using System.Text;
using LinkedInAuto.Configuration;
using LinkedInAuto.Platform;
using Microsoft.Extensions.Hosting;

namespace LinkedInAuto.Alerts;

/// <summary>Detects a restart after a crash: a marker file in the state directory exists while the daemon runs and is
/// removed once a stop completed; finding it at start means the previous process died (crash, kill, power cut).</summary>
public sealed class CrashMarker(AppDirectories directories, AlertDispatcher alerts, TimeProvider time) : IHostedLifecycleService
{
    /// <summary>The marker's file name in the state directory.</summary>
    public const string FileName = "daemon.running";

    private string MarkerPath => Path.Combine(directories.StateDirectory, FileName);

    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (File.Exists(MarkerPath))
        {
            string? previous;
            try
            {
                previous = (await File.ReadAllTextAsync(MarkerPath, cancellationToken)).Trim();
            }
            catch (IOException)
            {
                previous = null;
            }

            alerts.Publish(AlertTexts.Crashed(previous is { Length: > 0 } ? previous : null, now));
        }

        var stamp = now.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) + $", pid {Environment.ProcessId}\n";
        DurableFile.Replace(MarkerPath, Encoding.UTF8.GetBytes(stamp), UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Removes the marker once every hosted service stopped (the run included): a stop that hangs and is killed counts as a crash.</summary>
    /// <param name="cancellationToken">Unused.</param>
    /// <returns>A completed task.</returns>
    public Task StoppedAsync(CancellationToken cancellationToken)
    {
        File.Delete(MarkerPath);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
