using Microsoft.Playwright;

namespace LinkedInAuto.Browser;

/// <summary>One run's browser: a Playwright driver, Chromium with a fresh (or the configured) profile, and one page.</summary>
/// <remarks>Dispose it with `await using`: it closes the browser within `close_timeout`, else kills every process of
/// its tree, and deletes the per-run profile. After a cancelled navigation, dispose rather than reuse it.</remarks>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly ActiveBrowserRun _run;
    private readonly BrowserTeardown _teardown;
    private int _disposed;

    /// <summary>Initializes a new instance of the <see cref="BrowserSession"/> class.</summary>
    internal BrowserSession(ActiveBrowserRun run, BrowserTeardown teardown, IBrowserContext context, IPage page, HumanInput input, PageNavigator navigator)
    {
        _run = run;
        _teardown = teardown;
        Context = context;
        Page = page;
        Input = input;
        Navigator = navigator;
    }

    /// <summary>Gets the run's id and directories.</summary>
    public BrowserRunPaths Paths => _run.Paths;

    /// <summary>Gets the browser context (locale, time zone, viewport and timeouts from config); add cookies here.</summary>
    public IBrowserContext Context { get; }

    /// <summary>Gets the page the bots drive.</summary>
    public IPage Page { get; }

    /// <summary>Gets the human-like input on <see cref="Page"/>.</summary>
    public HumanInput Input { get; }

    /// <summary>Gets navigation relative to `linkedin.base_url`.</summary>
    public PageNavigator Navigator { get; }

    /// <summary>Gets the driver process's id.</summary>
    public int DriverProcessId => _teardown.Tree!.Driver.Pid;

    /// <summary>Gets the pids of every live process of this browser's tree (driver, Chromium, helpers), read now.</summary>
    public IReadOnlyCollection<int> ProcessIds => _run.ProcessIds;

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _teardown.RunAsync();
        }
    }
}
