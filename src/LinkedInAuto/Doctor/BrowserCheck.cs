using System.Globalization;
using LinkedInAuto.Browser;
using LinkedInAuto.Configuration;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Doctor;

/// <summary>Chromium is found as the daemon finds it, and really starts headless through Playwright and opens a page.</summary>
/// <remarks>
/// The throwaway browser lives in a temporary runtime directory of its own, not under $RUNTIME_DIRECTORY: there the
/// orphan reaper of a running daemon would take it for a leftover of one of its runs.
/// </remarks>
public sealed class BrowserCheck(DoctorContext context, ChromiumLocator locator, TimeProvider time, ILogger<BrowserLauncher> logger) : IDoctorCheck
{
    /// <inheritdoc/>
    public string Name => "browser";

    /// <inheritdoc/>
    public bool UsesConfig => true;

    /// <inheritdoc/>
    public async Task<DoctorResult> RunAsync(CancellationToken cancellationToken)
    {
        var options = context.Config.Browser;
        ChromiumExecutable executable;
        try
        {
            executable = locator.Locate(options);
        }
        catch (BrowserNotFoundException ex)
        {
            var hint = options.Executable.Length > 0
                ? $"fix browser.executable in {context.ConfigPath} (the absolute path of a Chromium binary), or remove it to auto-detect Debian's chromium"
                : $"install Chromium: `sudo apt install {(options.Mode == BrowserMode.LowMemory ? "chromium-headless-shell" : "chromium")}`, or set browser.executable in {context.ConfigPath}";
            return DoctorResult.Fail(Name, ex.Message, hint);
        }

        var runtime = Directory.CreateTempSubdirectory("linkedin-auto-doctor-").FullName;
        try
        {
            var started = time.GetTimestamp();
            var launcher = new BrowserLauncher(
                new ConfigStore(context.ConfigPath, context.Config),
                context.Directories with { RuntimeDirectory = runtime },
                locator,
                new ActiveBrowserRegistry(),
                time,
                logger);
            string version;
            await using (var session = await launcher.StartAsync("doctor-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture), cancellationToken))
            {
                await session.Page.GotoAsync("about:blank");
                version = session.Context.Browser?.Version ?? "unknown version";
            }

            var seconds = time.GetElapsedTime(started).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
            var sandbox = Environment.IsPrivilegedProcess ? " (as root, so without Chromium's sandbox; the service keeps it)" : string.Empty;
            return DoctorResult.Pass(Name, $"{executable.Path} ({version}) started headless, opened about:blank and closed in {seconds} s{sandbox}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return DoctorResult.Fail(
                Name,
                $"{executable.Path} was found but did not start headless: {DoctorText.FirstLine(ex.Message)}",
                $"try it by hand: `{executable.Path} --headless --dump-dom about:blank`; reinstall with `sudo apt install --reinstall {(executable.IsHeadlessShell ? "chromium-headless-shell" : "chromium")}`");
        }
        finally
        {
            TryDelete(runtime);
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A helper that outlived the teardown still writing there; the temporary directory is cleaned by the OS.
        }
    }
}
