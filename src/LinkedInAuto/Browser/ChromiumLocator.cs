using LinkedInAuto.Configuration;

namespace LinkedInAuto.Browser;

/// <summary>Finds the Chromium binary: the configured one, else Debian's, else one on PATH.</summary>
/// <remarks>
/// Debian's real binaries in /usr/lib/chromium come first. /usr/bin/chromium is a shell wrapper that sources
/// /etc/chromium.d (extensions, Google API keys, GPU flags), so our flags would no longer be the only ones; and
/// /usr/bin/chromium-headless-shell runs the binary *without* exec, leaving a shell between Playwright and Chromium.
/// low_memory prefers the headless shell, as Playwright's `chromium-headless-shell` channel does; each mode falls back
/// to the other build rather than failing.
/// </remarks>
public sealed class ChromiumLocator
{
    private const string DebianFull = "/usr/lib/chromium/chromium";
    private const string DebianShell = "/usr/lib/chromium/chromium-headless-shell";
    private static readonly string[] s_fullNames = ["chromium", "chromium-browser"];
    private static readonly string[] s_shellNames = ["chromium-headless-shell"];

    private readonly Func<string, bool> _isExecutable;
    private readonly string _path;

    /// <summary>Initializes a new instance of the <see cref="ChromiumLocator"/> class for this machine.</summary>
    public ChromiumLocator()
        : this(IsExecutableFile, Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/bin:/usr/bin:/bin")
    {
    }

    // For testing
    internal ChromiumLocator(Func<string, bool> isExecutable, string path)
    {
        _isExecutable = isExecutable;
        _path = path;
    }

    /// <summary>Returns the binary to launch for <paramref name="options"/>.</summary>
    /// <exception cref="BrowserNotFoundException">Nothing usable was found.</exception>
    public ChromiumExecutable Locate(BrowserOptions options)
    {
        if (options.Executable.Length > 0)
        {
            return _isExecutable(options.Executable)
                ? new ChromiumExecutable(options.Executable, IsShell(options.Executable))
                : throw new BrowserNotFoundException(
                    $"browser.executable '{options.Executable}' does not exist or is not executable; fix the path, or leave it empty to auto-detect");
        }

        var lowMemory = options.Mode == BrowserMode.LowMemory;
        string[] debian = lowMemory ? [DebianShell, DebianFull] : [DebianFull, DebianShell];
        string[] names = lowMemory ? [.. s_shellNames, .. s_fullNames] : [.. s_fullNames, .. s_shellNames];
        var dirs = _path.Split(':', StringSplitOptions.RemoveEmptyEntries);
        foreach (var candidate in debian.Concat(names.SelectMany(name => dirs.Select(dir => Path.Combine(dir, name)))))
        {
            if (_isExecutable(candidate))
            {
                return new ChromiumExecutable(candidate, IsShell(candidate));
            }
        }

        throw new BrowserNotFoundException(
            $"no Chromium found for browser.mode={(lowMemory ? "low_memory" : "default")}: tried {string.Join(", ", debian)}, " +
            $"then {string.Join(", ", names)} in PATH ({_path}). " +
            $"Install Debian's package (sudo apt install {(lowMemory ? "chromium-headless-shell" : "chromium")}) or set browser.executable");
    }

    private static bool IsShell(string path) => Path.GetFileName(path).Contains("headless-shell", StringComparison.Ordinal);

    private static bool IsExecutableFile(string path) =>
        !OperatingSystem.IsWindows() && File.Exists(path) && (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
}
