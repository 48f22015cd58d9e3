using System.Text.Json;
using Microsoft.Playwright;

namespace LinkedInAuto.Browser;

/// <summary>What the browser says about itself, made the same as a desktop Chromium of the installed version on Linux:
/// no "Headless" in the user agent, its client hints or its brands, and the full language list of the configured locale.</summary>
/// <remarks>
/// Set through the browser itself, so request headers and JavaScript agree: `--user-agent` and `--accept-lang` on the
/// command line cover every request of every frame and worker; on each page, DevTools' `Emulation.setUserAgentOverride`
/// gives the same user agent and languages plus the client-hint metadata (brands and full version list as the browser
/// reports them, minus its "HeadlessChrome" brand), and `Emulation.setLocaleOverride` the locale of `Intl`. The version
/// comes from the binary (<see cref="ChromiumVersion"/>); the platform token is the one desktop Chromium sends on every
/// Linux (its reduced user agent), and architecture and bitness are the machine's own.
/// </remarks>
public sealed class BrowserFingerprint
{
    private const string HeadlessBrand = "HeadlessChrome";

    // The brands the browser reports (low-entropy: untouched by --user-agent), with their order and the GREASE brand of this version.
    private const string BrandsScript = "() => JSON.stringify(navigator.userAgentData ? navigator.userAgentData.brands : [])";

    // navigator.userAgentData exists only in secure contexts, which about:blank is not: the brands are read on an HTTPS
    // page the browser itself serves from a route, with no network involved.
    private const string ProbeUrl = "https://brands.invalid/";

    private List<(string Brand, string Major, string Full)>? _brands;

    private BrowserFingerprint(ChromiumVersion version, string locale)
    {
        Version = version;
        Locale = locale;
        UserAgent = $"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{version.Major}.0.0.0 Safari/537.36";
        Languages = LanguagesFor(locale);
    }

    /// <summary>Gets the Chromium version.</summary>
    public ChromiumVersion Version { get; }

    /// <summary>Gets the locale (`fr-FR`).</summary>
    public string Locale { get; }

    /// <summary>Gets the user agent of a desktop Chromium of this version on Linux.</summary>
    public string UserAgent { get; }

    /// <summary>Gets the languages, most preferred first (`fr-FR`, `fr`, `en-US`, `en`); Chromium adds the q-values to Accept-Language itself.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Creates the fingerprint for a version and a configured locale.</summary>
    public static BrowserFingerprint For(ChromiumVersion version, string locale) => new(version, locale);

    /// <summary>Gets the languages Chromium lists for a UI locale: the locale, its language, then English (US) as the fallback.</summary>
    public static IReadOnlyList<string> LanguagesFor(string locale)
    {
        var language = locale.Split('-')[0];
        return new[] { locale, language, "en-US", "en" }.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Gets the command-line switches that set the user agent and languages browser-wide.</summary>
    public IReadOnlyList<string> Args => ["--user-agent=" + UserAgent, "--accept-lang=" + string.Join(',', Languages)];

    /// <summary>Applies the per-page overrides to <paramref name="page"/>, before its first navigation; the DevTools session stays open with the page.</summary>
    /// <remarks>The first page also reads the browser's brands (a navigation of its own); later pages reuse them.</remarks>
    public async Task ApplyAsync(IBrowserContext context, IPage page)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(page);
        if (_brands is null)
        {
            using var reported = JsonDocument.Parse(await ReportedBrandsAsync(page));
            _brands = Brands(reported.RootElement);
        }

        var brands = _brands;
        var (architecture, bitness, platform) = Machine();
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Emulation.setUserAgentOverride", new Dictionary<string, object>
        {
            ["userAgent"] = UserAgent,
            ["acceptLanguage"] = string.Join(',', Languages),
            ["platform"] = platform,
            ["userAgentMetadata"] = new Dictionary<string, object>
            {
                ["brands"] = brands.Select(b => new Dictionary<string, object> { ["brand"] = b.Brand, ["version"] = b.Major }).ToList(),
                ["fullVersionList"] = brands.Select(b => new Dictionary<string, object> { ["brand"] = b.Brand, ["version"] = b.Full }).ToList(),
                ["fullVersion"] = Version.Full,
                ["platform"] = "Linux",
                ["platformVersion"] = string.Empty,
                ["architecture"] = architecture,
                ["model"] = string.Empty,
                ["mobile"] = false,
                ["bitness"] = bitness,
                ["wow64"] = false,
            },
        });
        await cdp.SendAsync("Emulation.setLocaleOverride", new Dictionary<string, object> { ["locale"] = Locale });
    }

    private static async Task<string> ReportedBrandsAsync(IPage page)
    {
        await page.RouteAsync(ProbeUrl, route => route.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = "<!doctype html><title></title>" }));
        try
        {
            await page.GotoAsync(ProbeUrl);
            return await page.EvaluateAsync<string>(BrandsScript);
        }
        finally
        {
            await page.UnrouteAsync(ProbeUrl);
            await page.GotoAsync("about:blank");
        }
    }

    // The browser's own brands minus "HeadlessChrome", in its order; the full versions are the ones desktop Chromium
    // sends: its own for "Chromium", "<n>.0.0.0" for the other (GREASE) brands.
    private List<(string Brand, string Major, string Full)> Brands(JsonElement reported)
    {
        var major = Version.Major.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var brands = new List<(string, string, string)>();
        foreach (var brand in reported.ValueKind == JsonValueKind.Array ? reported.EnumerateArray() : default)
        {
            var name = brand.GetProperty("brand").GetString() ?? string.Empty;
            var version = brand.GetProperty("version").GetString() ?? string.Empty;
            if (name.Contains(HeadlessBrand, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            brands.Add(name == "Chromium" ? (name, major, Version.Full) : (name, version, version + ".0.0.0"));
        }

        return brands.Any(b => b.Item1 == "Chromium") ? brands : [.. brands, ("Chromium", major, Version.Full)];
    }

    // What Chromium reports on this machine: the client hints' architecture and bitness, and navigator.platform.
    private static (string Architecture, string Bitness, string Platform) Machine() => System.Runtime.InteropServices.RuntimeInformation.OSArchitecture switch
    {
        System.Runtime.InteropServices.Architecture.Arm64 => ("arm", "64", "Linux aarch64"),
        System.Runtime.InteropServices.Architecture.Arm => ("arm", "32", "Linux armv7l"),
        System.Runtime.InteropServices.Architecture.X86 => ("x86", "32", "Linux i686"),
        _ => ("x86", "64", "Linux x86_64"),
    };
}
