using LinkedInAuto.Browser;
using LinkedInAuto.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace LinkedInAuto.Tests.Browser;

/// <summary>Builds a launcher the way the daemon does, pointed at a local server and a temporary runtime directory.</summary>
internal static class BrowserTestConfig
{
    /// <summary>The zone used in tests: far from the machine's UTC, so an unapplied zone shows.</summary>
    internal const string TimeZone = "Asia/Tokyo";

    /// <summary>Creates the configuration: fast input, French locale, Tokyo time.</summary>
    internal static AppConfig Config(Uri baseUrl, BrowserMode mode = BrowserMode.Default)
    {
        var config = new AppConfig { TimeZone = TimeZoneId.Parse(TimeZone) };
        config.Linkedin.BaseUrl = baseUrl;
        config.Browser.Mode = mode;
        config.Browser.Locale = "fr-FR";
        config.Browser.Human.Fast = true;
        return config;
    }

    /// <summary>Creates a launcher over <paramref name="config"/>, with its own registry.</summary>
    internal static BrowserLauncher Launcher(AppConfig config, string runtimeDirectory, ActiveBrowserRegistry registry, TimeProvider? time = null) =>
        new(
            new ConfigStore("config.yaml", config),
            new AppDirectories(runtimeDirectory, runtimeDirectory, null),
            new ChromiumLocator(),
            registry,
            time ?? TimeProvider.System,
            NullLogger<BrowserLauncher>.Instance);
}
