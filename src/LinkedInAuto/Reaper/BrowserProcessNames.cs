using LinkedInAuto.Browser;

namespace LinkedInAuto.Reaper;

/// <summary>Which processes are browsers or Playwright drivers, by the kernel's command name (`comm`, at most 15 characters).</summary>
public static class BrowserProcessNames
{
    private static readonly HashSet<string> s_browser = new(StringComparer.Ordinal)
    {
        "chromium", "chromium-browse", "chromium-headle", "chrome", "chrome-headless", "headless_shell", "chrome_crashpad",
    };

    /// <summary>Tells whether <paramref name="process"/> is Chromium (any of its helpers) or the Playwright driver (`node … run-driver`).</summary>
    /// <remarks>A bare `node` is somebody else's unless it runs Playwright's driver; nothing else is ever considered.</remarks>
    public static bool IsBrowserOrDriver(ProcessInfo process) =>
        s_browser.Contains(process.Command) || (process.Command == "node" && process.HasArgument("run-driver"));
}
