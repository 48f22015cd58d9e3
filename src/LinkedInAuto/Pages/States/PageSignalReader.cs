using LinkedInAuto.Pages.Selectors;
using LinkedInAuto.Pages.Text;
using Microsoft.Playwright;

namespace LinkedInAuto.Pages.States;

/// <summary>Reads a page's <see cref="PageSignals"/> through the selectors file's `state.*` and `shell.*` elements.</summary>
public sealed class PageSignalReader(ElementFinder finder)
{
    private const int KeptText = 4000;

    private const string BasicsScript = """
        () => [
            (document.documentElement.getAttribute('lang') || '').slice(0, 2).toLowerCase(),
            document.body ? (document.body.innerText || '') : '',
            Array.from(document.querySelectorAll('h1')).map(h => h.innerText || '').join(' | ')
        ]
        """;

    /// <summary>Reads the signals of <paramref name="page"/>; <paramref name="response"/> and <paramref name="navigationError"/> come from the navigation, if any.</summary>
    public async Task<PageSignals> ReadAsync(IPage page, IResponse? response, string? navigationError)
    {
        var url = Uri.TryCreate(page.Url, UriKind.Absolute, out var parsed) ? parsed : new Uri("about:blank");
        string[] basics;
        try
        {
            basics = await page.EvaluateAsync<string[]>(BasicsScript);
        }
        catch (PlaywrightException ex)
        {
            // A page that cannot run script (crashed, mid-navigation) tells us nothing safe.
            return new PageSignals { Url = url, HttpStatus = response?.Status, NavigationError = navigationError ?? ex.Message };
        }

        var language = basics[0] is "fr" or "en" ? basics[0] : null;
        var root = page.Locator(":root");
        return new PageSignals
        {
            Url = url,
            HttpStatus = response?.Status,
            NavigationError = navigationError,
            Language = language,
            BodyTextLength = basics[1].Length,
            BodyText = PageText.Normalize(basics[1].Length > KeptText ? basics[1][..KeptText] : basics[1]),
            Heading = PageText.Normalize(basics[2]),
            HasNav = await PresentAsync(root, "shell.nav", language, visibleOnly: false),
            HasMe = await PresentAsync(root, "shell.me", language, visibleOnly: false),
            HasMain = await PresentAsync(root, "shell.main", language, visibleOnly: false),
            HasCaptcha = await PresentAsync(root, "state.captcha", language, visibleOnly: false),
            HasPin = await PresentAsync(root, "state.pin", language, visibleOnly: false),
            HasLoginForm = await PresentAsync(root, "state.login_form", language, visibleOnly: false)
                && await PresentAsync(root, "state.login_password", language, visibleOnly: false),
            HasWeeklyLimit = await PresentAsync(root, "state.weekly_limit", language, visibleOnly: true),
            HasErrorToast = await PresentAsync(root, "state.error_toast", language, visibleOnly: true),
            HasSearchLimit = await PresentAsync(root, "state.search_limit", language, visibleOnly: true),
            HasBenignPopup = await PresentAsync(root, "state.growing_network", language, visibleOnly: true),
        };
    }

    private async Task<bool> PresentAsync(ILocator root, string element, string? language, bool visibleOnly) =>
        (await finder.FindAsync(root, element, language, visibleOnly)).Found;
}
