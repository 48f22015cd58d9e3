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

        // Independent look-ups, sent together: one classification follows every navigation and click, and a dozen
        // sequential round trips to the browser would dominate it on a Pi.
        var nav = PresentAsync(root, "shell.nav", language, visibleOnly: false);
        var me = PresentAsync(root, "shell.me", language, visibleOnly: false);
        var main = PresentAsync(root, "shell.main", language, visibleOnly: false);
        var captcha = PresentAsync(root, "state.captcha", language, visibleOnly: false);
        var pin = PresentAsync(root, "state.pin", language, visibleOnly: false);
        var username = PresentAsync(root, "state.login_form", language, visibleOnly: false);
        var password = PresentAsync(root, "state.login_password", language, visibleOnly: false);
        var weeklyLimit = PresentAsync(root, "state.weekly_limit", language, visibleOnly: true);
        var errorToast = PresentAsync(root, "state.error_toast", language, visibleOnly: true);
        var searchLimit = PresentAsync(root, "state.search_limit", language, visibleOnly: true);
        var benignPopup = PresentAsync(root, "state.growing_network", language, visibleOnly: true);
        var dialog = PresentAsync(root, "state.dialog", language, visibleOnly: true);
        await Task.WhenAll(nav, me, main, captcha, pin, username, password, weeklyLimit, errorToast, searchLimit, benignPopup, dialog);
        return new PageSignals
        {
            Url = url,
            HttpStatus = response?.Status,
            NavigationError = navigationError,
            Language = language,
            BodyTextLength = basics[1].Length,
            BodyText = PageText.Normalize(basics[1].Length > KeptText ? basics[1][..KeptText] : basics[1]),
            Heading = PageText.Normalize(basics[2]),
            HasNav = await nav,
            HasMe = await me,
            HasMain = await main,
            HasCaptcha = await captcha,
            HasPin = await pin,
            HasLoginForm = await username && await password,
            HasWeeklyLimit = await weeklyLimit,
            HasErrorToast = await errorToast,
            HasSearchLimit = await searchLimit,
            HasBenignPopup = await benignPopup,
            HasDialog = await dialog,
        };
    }

    private async Task<bool> PresentAsync(ILocator root, string element, string? language, bool visibleOnly) =>
        (await finder.FindAsync(root, element, language, visibleOnly)).Found;
}
