using LinkedInAuto.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace LinkedInAuto.Browser;

/// <summary>Starts a run's browser: Debian's Chromium through Playwright, configured from `browser` and `linkedin`.</summary>
/// <param name="configStore">The `browser` and `linkedin` options.</param>
/// <param name="directories">Where the run's profile directory goes.</param>
/// <param name="locator">Finds Debian's Chromium.</param>
/// <param name="registry">Tracks the browsers of running runs.</param>
/// <param name="time">The clock.</param>
/// <param name="logger">The logger.</param>
public sealed class BrowserLauncher(
    ConfigStore configStore, AppDirectories directories, ChromiumLocator locator, ActiveBrowserRegistry registry, TimeProvider time, ILogger<BrowserLauncher> logger)
{
    // Cold-starting Chromium from an SD card on a busy Pi can take well over Playwright's default 30 s.
    private static readonly TimeSpan s_launchTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Starts the browser of run <paramref name="runId"/>; on failure or cancellation nothing is left running.</summary>
    /// <exception cref="BrowserNotFoundException">No Chromium binary was found.</exception>
    /// <exception cref="ArgumentException">The run id cannot be part of a directory name.</exception>
    public async Task<BrowserSession> StartAsync(string runId, CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("the browser manager reads /proc and signals process trees: Linux only");
        }

        var config = configStore.Current;
        var options = config.Browser;
        var executable = locator.Locate(options);
        var version = await ChromiumVersion.ReadAsync(executable.Path, cancellationToken);
        var fingerprint = version is null ? null : BrowserFingerprint.For(version, options.Locale);
        var paths = BrowserRunPaths.For(directories.RuntimeDirectory, runId, options.ProfileDir);
        var run = new ActiveBrowserRun(paths);
        registry.Add(run);
        var teardown = new BrowserTeardown(run, registry, options.CloseTimeout, time, logger);
        try
        {
            Directory.CreateDirectory(directories.RuntimeDirectory);
            Directory.CreateDirectory(paths.RunDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var driver = await PlaywrightDriver.StartAsync(paths.RunId, cancellationToken);
            teardown.Playwright = driver.Ready;
            teardown.Tree = new BrowserProcessTree(driver.Process, paths, executable.Path);
            run.Attach(teardown.Tree);
            var playwright = await PlaywrightCalls.WaitAsync(driver.Ready, cancellationToken);

            var launching = playwright.Chromium.LaunchPersistentContextAsync(paths.ProfileDirectory, LaunchOptions(config, executable, paths, fingerprint));
            teardown.Context = await PlaywrightCalls.WaitAsync(launching, cancellationToken);
            teardown.Tree.RecordBrowser();
            var context = teardown.Context;
            context.SetDefaultTimeout((float)options.ActionTimeout.TotalMilliseconds);
            context.SetDefaultNavigationTimeout((float)options.NavigationTimeout.TotalMilliseconds);
            var page = context.Pages.Count > 0 ? context.Pages[0] : await PlaywrightCalls.WaitAsync(context.NewPageAsync(), cancellationToken);
            fingerprint ??= await FingerprintFromBrowserAsync(context, page, options.Locale);
            await PlaywrightCalls.WaitAsync(fingerprint.ApplyAsync(context, page), cancellationToken);
            context.Page += (_, opened) => PlaywrightCalls.Observe(fingerprint.ApplyAsync(context, opened));

            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation(
                    "Browser of run {RunId} started: {Executable} ({Mode}), driver pid {DriverPid}, browser pid {BrowserPid}",
                    runId, executable.Path, options.Mode, driver.Process.Pid, teardown.Tree.Browser?.Pid);
            }

            var timing = new HumanTiming(options.Human, Random.Shared, time);
            return new BrowserSession(run, teardown, context, page, new HumanInput(page, timing, options.ActionTimeout), new PageNavigator(page, config.Linkedin.BaseUrl));
        }
        catch (PlaywrightException ex) when (ex.Message.Contains("No usable sandbox", StringComparison.Ordinal))
        {
            await teardown.RunAsync();
            throw new InvalidOperationException(
                "Chromium's sandbox needs unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1, and no RestrictNamespaces= in the unit)", ex);
        }
        catch
        {
            await teardown.RunAsync();
            throw; // keeps the original stack trace
        }
    }

    // When `--version` could not be read, the running browser says its version (the flags then stay unset).
    private async Task<BrowserFingerprint> FingerprintFromBrowserAsync(IBrowserContext context, IPage page, string locale)
    {
        var cdp = await context.NewCDPSessionAsync(page);
        var reported = await cdp.SendAsync("Browser.getVersion");
        await cdp.DetachAsync();
        var version = ChromiumVersion.Parse(reported?.GetProperty("product").GetString())
            ?? throw new InvalidOperationException("Chromium's version could not be read, neither from `--version` nor from the browser");
        logger.LogWarning("Chromium's version was read from the browser ({Version}): `--version` gave nothing", version.Full);
        return BrowserFingerprint.For(version, locale);
    }

    private static BrowserTypeLaunchPersistentContextOptions LaunchOptions(AppConfig config, ChromiumExecutable executable, BrowserRunPaths paths, BrowserFingerprint? fingerprint)
    {
        var commandLine = ChromiumFlags.For(config.Browser.Mode, ChromiumFlags.SharedMemoryFreeBytes(), fingerprint);
        return new()
        {
            ExecutablePath = executable.Path,
            Headless = true,
            Args = commandLine.Args,
            IgnoreDefaultArgs = commandLine.IgnoreDefaultArgs,
            Env = ChildEnvironment.ForChromium(Environment.GetEnvironmentVariables(), paths),

            // Chromium's sandbox cannot run as root (Playwright then adds --no-sandbox); the unit's dedicated user keeps it.
            ChromiumSandbox = !Environment.IsPrivilegedProcess,
            Timeout = (float)s_launchTimeout.TotalMilliseconds,

            // The locale is set by BrowserFingerprint (command line and DevTools), not here: Playwright's locale would
            // send the bare "fr-FR" as Accept-Language with every request a page makes.
            TimezoneId = config.TimeZone.Zone.Id,

            // The most common laptop screen (1366×768) minus Chrome's tab strip and toolbar; small frames also cost less memory.
            ScreenSize = new() { Width = 1366, Height = 768 },
            ViewportSize = new() { Width = 1366, Height = 657 },
            DeviceScaleFactor = 1,
            AcceptDownloads = false,
        };
    }
}
