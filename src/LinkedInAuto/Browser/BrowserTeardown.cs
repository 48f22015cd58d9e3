using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace LinkedInAuto.Browser;

/// <summary>Ends one run's browser: close within `close_timeout`, else SIGKILL the whole tree; then check and clean up.</summary>
internal sealed class BrowserTeardown
{
    // After a clean close Chromium's helpers (crash handler, utility processes) exit on their own within a moment.
    private static readonly TimeSpan s_exitGrace = TimeSpan.FromSeconds(2);

    // SIGKILL cannot be caught; this only bounds how long we wait for the kernel to finish the job.
    private static readonly TimeSpan s_killWait = TimeSpan.FromSeconds(5);

    private readonly ActiveBrowserRun _run;
    private readonly ActiveBrowserRegistry _registry;
    private readonly TimeSpan _closeTimeout;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance of the <see cref="BrowserTeardown"/> class.</summary>
    internal BrowserTeardown(ActiveBrowserRun run, ActiveBrowserRegistry registry, TimeSpan closeTimeout, TimeProvider time, ILogger logger)
    {
        _run = run;
        _registry = registry;
        _closeTimeout = closeTimeout;
        _time = time;
        _logger = logger;
    }

    /// <summary>Gets or sets the process tree, once the driver was spawned.</summary>
    internal BrowserProcessTree? Tree { get; set; }

    /// <summary>Gets or sets the driver connection being established or established.</summary>
    internal Task<IPlaywright>? Playwright { get; set; }

    /// <summary>Gets or sets the launched context, once launched.</summary>
    internal IBrowserContext? Context { get; set; }

    /// <summary>Runs the teardown; never throws.</summary>
    internal async Task RunAsync()
    {
        var closed = Context is not null && await TryCloseAsync(Context);

        // A cleanly closed browser lets the driver exit on stdin EOF (Dispose); otherwise the driver goes down with
        // the SIGKILLs, and Dispose finds it already gone instead of blocking on it.
        if (closed)
        {
            await DisposeDriverAsync();
        }

        var left = Tree is null ? [] : await Tree.TerminateAsync(closed ? s_exitGrace : TimeSpan.Zero, s_killWait, _time);
        if (!closed)
        {
            await DisposeDriverAsync();
        }

        if (left.Count > 0)
        {
            _logger.LogError("Browser of run {RunId}: {Count} processes survived SIGKILL: {Pids}", _run.Paths.RunId, left.Count, string.Join(' ', left.Select(p => p.Pid)));
        }

        DeleteRunDirectory();

        // Unregistered even when something survived: the reaper then treats it as the orphan it is.
        _registry.Remove(_run);
    }

    private async Task<bool> TryCloseAsync(IBrowserContext context)
    {
        var closing = context.CloseAsync();
        try
        {
            await closing.WaitAsync(_closeTimeout, _time);
            return true;
        }
        catch (TimeoutException)
        {
            PlaywrightCalls.Observe(closing);
            _logger.LogWarning("Browser of run {RunId} did not close within {Timeout}; killing its process tree", _run.Paths.RunId, _closeTimeout);
        }
        catch (PlaywrightException ex)
        {
            // The driver or the browser is already gone (crashed, killed, or cancelled mid-launch).
            _logger.LogWarning("Browser of run {RunId} could not be closed ({Reason}); killing its process tree", _run.Paths.RunId, ex.Message);
        }

        return false;
    }

    private async Task DisposeDriverAsync()
    {
        if (Playwright is not { } starting)
        {
            return;
        }

        if (!starting.IsCompletedSuccessfully)
        {
            // Cancelled during the handshake: the driver is killed with the tree; the handshake then fails.
            PlaywrightCalls.Observe(starting);
            return;
        }

        try
        {
            // IPlaywright.Dispose closes the driver's stdin and blocks until it exits (3 s at most, then it kills it).
            var playwright = await starting;
            await Task.Run(playwright.Dispose);
        }
        catch (Exception ex) when (ex is PlaywrightException or InvalidOperationException or IOException)
        {
            _logger.LogWarning(ex, "Playwright driver of run {RunId} did not shut down cleanly", _run.Paths.RunId);
        }
    }

    private void DeleteRunDirectory()
    {
        try
        {
            // The per-run profile lives inside the run directory; a configured persistent profile lives elsewhere and stays.
            if (Directory.Exists(_run.Paths.RunDirectory))
            {
                Directory.Delete(_run.Paths.RunDirectory, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(ex, "Could not delete {Directory}", _run.Paths.RunDirectory);
        }
    }
}
