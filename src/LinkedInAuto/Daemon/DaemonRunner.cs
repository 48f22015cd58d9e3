using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Daemon;

/// <summary>Runs the built host and turns a failed start (bad database, missing browser…) into a clear message and exit code 1.</summary>
public static class DaemonRunner
{
    /// <summary>Runs <paramref name="host"/> until SIGTERM; returns the process exit code.</summary>
    public static async Task<int> RunAsync(IHost host, TextWriter stderr, CancellationToken cancellationToken)
    {
        var logger = host.Services.GetService(typeof(ILogger<IHost>)) as ILogger;
        try
        {
            await host.RunAsync(cancellationToken);
            return 0;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Startup failures are expected conditions with a next step for the user (a StorageException names the file
            // and the command to run); they are reported once, without a stack trace on the terminal.
            logger?.LogCritical(ex, "The daemon could not start: {Reason}", ex.Message);
            await stderr.WriteLineAsync("linkedin-auto: " + ex.Message);
            return 1;
        }
    }
}
