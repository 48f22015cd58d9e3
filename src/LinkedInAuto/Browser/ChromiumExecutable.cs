namespace LinkedInAuto.Browser;

/// <summary>A Chromium binary chosen for a run, and which build it is.</summary>
/// <param name="Path">The absolute path passed to Playwright as `ExecutablePath`.</param>
/// <param name="IsHeadlessShell">Whether it is chromium-headless-shell (the old headless build) rather than full Chromium.</param>
public sealed record ChromiumExecutable(string Path, bool IsHeadlessShell);

/// <summary>No usable Chromium: the message names what was tried and the package to install.</summary>
public sealed class BrowserNotFoundException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="BrowserNotFoundException"/> class.</summary>
    public BrowserNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BrowserNotFoundException"/> class.</summary>
    public BrowserNotFoundException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BrowserNotFoundException"/> class.</summary>
    public BrowserNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
