using System.Collections;

namespace LinkedInAuto.Browser;

/// <summary>The environment the Playwright driver and Chromium start with: ours, minus what belongs to our process alone.</summary>
/// <remarks>
/// systemd's notify socket and watchdog variables address the main process; a child that inherits them could send
/// READY/WATCHDOG in our name (`sd_notify(unset_environment=1)` exists for this reason). The socket-activation
/// variables likewise describe file descriptors only we hold.
/// </remarks>
public static class ChildEnvironment
{
    /// <summary>Variables never passed to the driver or Chromium.</summary>
    public static readonly IReadOnlyList<string> Removed =
        ["NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "LISTEN_FDS", "LISTEN_PID", "LISTEN_FDNAMES", "NODE_OPTIONS"];

    /// <summary>Names the run in the driver's and Chromium's environment, so a leftover driver (whose command line
    /// carries no run marker) can be traced to its run through `/proc/PID/environ`.</summary>
    public const string RunIdVariable = "LINKEDIN_AUTO_BROWSER_RUN";

    /// <summary>The driver's NODE_OPTIONS.</summary>
    /// <remarks>
    /// Measured with one page open: the driver holds ~135 MB PSS by default. A 1 MB young generation
    /// (`--max-semi-space-size`) brings it to ~115 MB at the cost of more frequent, tiny scavenges; the old-space cap
    /// makes a leaking driver fail its run instead of swapping the Pi. `--jitless` (V8's interpreter only, no
    /// executable memory) takes 7–10 MB more off with the same driver CPU time (0.45–0.56 s for the 200-card page
    /// either way, bench/browser-memory.sh): the driver mostly relays messages. It turns WebAssembly off, which the driver
    /// only uses to encode WebP screenshots; evidence screenshots are PNG, taken by Chromium itself.
    /// </remarks>
    public const string DriverNodeOptions = "--max-semi-space-size=1 --max-old-space-size=192 --jitless";

    /// <summary>Builds Chromium's environment from <paramref name="current"/>.</summary>
    /// <param name="current">Our environment (<see cref="Environment.GetEnvironmentVariables()"/>).</param>
    /// <param name="paths">The run's directories: temporary files and crash reports go there, inside tmpfs.</param>
    public static Dictionary<string, string> ForChromium(IDictionary current, BrowserRunPaths paths)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in current)
        {
            if (entry.Key is string key && entry.Value is string value && !Removed.Contains(key))
            {
                result[key] = value;
            }
        }

        result[RunIdVariable] = paths.RunId;

        // Shared memory when /dev/shm is small (see ChromiumFlags) and other temporary files stay in the run's tmpfs.
        result["TMPDIR"] = paths.RunDirectory;

        // Chromium starts chrome_crashpad_handler, which double-forks away from the tree and would write to
        // ~/.config/chromium. This moves its database into the run directory, so its command line carries
        // `--database=<run dir>/crash`: the marker teardown and the reaper find it by.
        result["BREAKPAD_DUMP_LOCATION"] = paths.CrashDirectory;
        return result;
    }

    /// <summary>Sets our own process environment to what the driver must inherit, until disposed.</summary>
    /// <remarks>
    /// Microsoft.Playwright copies our environment when it starts the driver and offers no way to pass another, so the
    /// variables are removed around that one synchronous step and restored right after (callers hold
    /// <see cref="PlaywrightDriver"/>'s lock). Code that needs NOTIFY_SOCKET must read it at start-up, as systemd
    /// recommends anyway. Only variables nothing else in our process reads are set: not TMPDIR, which would move our
    /// own Path.GetTempPath() for that instant (Playwright's empty artifacts directory therefore lands in /tmp, the
    /// unit's PrivateTmp).
    /// </remarks>
    internal static IDisposable ApplyForDriver(string runId)
    {
        var saved = Removed.Append(RunIdVariable).ToDictionary(name => name, Environment.GetEnvironmentVariable);
        foreach (var name in Removed)
        {
            Environment.SetEnvironmentVariable(name, null);
        }

        Environment.SetEnvironmentVariable("NODE_OPTIONS", DriverNodeOptions);
        Environment.SetEnvironmentVariable(RunIdVariable, runId);
        return new Restore(saved);
    }

    private sealed class Restore(Dictionary<string, string?> saved) : IDisposable
    {
        public void Dispose()
        {
            foreach (var (name, value) in saved)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }
}
