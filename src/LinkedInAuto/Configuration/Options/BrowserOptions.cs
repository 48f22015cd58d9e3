namespace LinkedInAuto.Configuration;

/// <summary>How Chromium is found, started and driven.</summary>
public sealed class BrowserOptions : IValidatableConfig
{
    /// <summary>Gets or sets the Chromium executable; empty means auto-detect (chromium, chromium-browser, chromium-headless-shell).</summary>
    public string Executable { get; set; } = string.Empty;

    /// <summary>Gets or sets the browser mode: full Chromium (fingerprint-coherent) or the headless shell with memory flags.</summary>
    public BrowserMode Mode { get; set; } = BrowserMode.Default;

    /// <summary>Gets or sets the browser locale; it must match the account's country.</summary>
    public string Locale { get; set; } = "fr-FR";

    /// <summary>Gets or sets a persistent profile directory; empty means a fresh profile per run on tmpfs.</summary>
    public string ProfileDir { get; set; } = string.Empty;

    /// <summary>Gets or sets how long a page may take to load before the step is retried later.</summary>
    [DurationBetween("5s", "3m")]
    public TimeSpan NavigationTimeout { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>Gets or sets how long an element may take to appear.</summary>
    [DurationBetween("1s", "2m")]
    public TimeSpan ActionTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Gets or sets how long closing the browser may take before its process tree is killed.</summary>
    [DurationBetween("1s", "1m")]
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets the human-like input timings.</summary>
    public HumanInputOptions Human { get; set; } = new();

    /// <inheritdoc/>
    public void Validate(ConfigValidationContext context)
    {
        if (Executable.Length > 0 && !Path.IsPathRooted(Executable))
        {
            context.Error("executable", $"'{Executable}' is not valid: expected an absolute path such as /usr/bin/chromium, or empty to auto-detect");
        }

        if (ProfileDir.Length > 0 && !Path.IsPathRooted(ProfileDir))
        {
            context.Error("profile_dir", $"'{ProfileDir}' is not valid: expected an absolute directory path, or empty for a fresh profile per run");
        }

        if (!System.Text.RegularExpressions.Regex.IsMatch(Locale, "^[a-z]{2}(-[A-Z]{2})?$"))
        {
            context.Error("locale", $"'{Locale}' is not valid: expected a locale such as fr-FR or en-US");
        }
    }
}

/// <summary>Which Chromium build runs and how much memory it may use.</summary>
public enum BrowserMode
{
    /// <summary>Full Chromium, headless: the same fingerprint as a desktop browser.</summary>
    Default,

    /// <summary>chromium-headless-shell with memory-saving flags, for tight memory.</summary>
    LowMemory,
}

/// <summary>Timings that make input look like a person's; `fast` zeroes them for tests.</summary>
public sealed class HumanInputOptions
{
    /// <summary>Gets or sets a value indicating whether every delay is zero (tests and the demo only).</summary>
    public bool Fast { get; set; }

    /// <summary>Gets or sets the delay between two key presses.</summary>
    public DurationRange TypingDelay { get; set; } = new(TimeSpan.FromMilliseconds(60), TimeSpan.FromMilliseconds(220));

    /// <summary>Gets or sets how long the pointer takes to travel to a click target.</summary>
    public DurationRange PointerMove { get; set; } = new(TimeSpan.FromMilliseconds(150), TimeSpan.FromMilliseconds(600));

    /// <summary>Gets or sets the pause before a click, after the pointer reached the target.</summary>
    public DurationRange ClickPause { get; set; } = new(TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(900));

    /// <summary>Gets or sets how long the mouse button stays down during a click.</summary>
    public DurationRange ClickHold { get; set; } = new(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(150));

    /// <summary>Gets or sets the pause between two mouse-wheel notches while scrolling.</summary>
    public DurationRange WheelPause { get; set; } = new(TimeSpan.FromMilliseconds(40), TimeSpan.FromMilliseconds(180));

    /// <summary>Gets or sets how long a page is looked at (profile visits, lists).</summary>
    public DurationRange Dwell { get; set; } = new(TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(15));
}
