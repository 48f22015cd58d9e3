using LinkedInAuto.Browser;
using LinkedInAuto.Engine.Network;
using LinkedInAuto.Pages.Selectors;
using LinkedInAuto.Pages.States;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace LinkedInAuto.Engine;

/// <summary>The bots' vocabulary on one page: navigate, classify, find, act, verify.</summary>
/// <remarks>
/// Every navigation and every click that can navigate or open a dialog is followed by a classification; anything but
/// the expected logged-in page raises <see cref="PageStateException"/>, so no bot can act on a checkpoint, an expired
/// session or an unknown dialog by accident (docs/linkedin-pages.md §2, §5 rules 11 and 15).
/// </remarks>
public sealed partial class LinkedInPage(BrowserSession browser, ElementFinder finder, PageSignalReader signals, EvidenceCollector evidence, ILogger<LinkedInPage> logger)
{
    private const int MaxBenignDismissals = 3;

    /// <summary>Gets the Playwright page.</summary>
    public IPage Page => browser.Page;

    /// <summary>Gets what LinkedIn said on the network since the page was created (refusing statuses, redirects, challenge frames).</summary>
    public NetworkWatch Network { get; } = NetworkWatch.Attach(browser.Page, browser.Navigator.BaseUrl);

    /// <summary>Gets the human-like input.</summary>
    public HumanInput Input => browser.Input;

    /// <summary>Gets the UI language read from the last classified page (`fr`, `en`), or null.</summary>
    public string? Language { get; private set; }

    /// <summary>Gets the whole document as a search scope.</summary>
    public ILocator Document => Page.Locator(":root");

    /// <summary>Gets the page's `main` element as a search scope.</summary>
    public ILocator Main => Page.Locator("main").First;

    /// <summary>Opens <paramref name="pathOrUrl"/> (relative to `linkedin.base_url`) and checks the page is what the step expects.</summary>
    /// <exception cref="PageStateException">The page is anything but the expected logged-in page.</exception>
    public async Task<PageClassification> OpenAsync(string pathOrUrl, PageExpectation expectation, CancellationToken cancellationToken)
    {
        IResponse? response = null;
        string? error = null;
        try
        {
            response = await browser.Navigator.GotoAsync(pathOrUrl, cancellationToken);
        }
        catch (PlaywrightException ex) when (ex.Message.Contains("net::", StringComparison.Ordinal))
        {
            error = ex.Message.Split('\n')[0];
        }
        catch (TimeoutException ex)
        {
            error = "timeout: " + ex.Message.Split('\n')[0];
        }

        return await ClassifyAsync(response, error, expectation, cancellationToken);
    }

    /// <summary>Loads the current page again (a fresh navigation) and checks it is what the step expects.</summary>
    /// <exception cref="PageStateException">The page is anything but the expected logged-in page.</exception>
    public async Task<PageClassification> ReloadAsync(PageExpectation expectation, CancellationToken cancellationToken)
    {
        IResponse? response = null;
        string? error = null;
        try
        {
            response = await PlaywrightCalls.WaitAsync(Page.ReloadAsync(new() { WaitUntil = WaitUntilState.DOMContentLoaded }), cancellationToken);
        }
        catch (PlaywrightException ex) when (ex.Message.Contains("net::", StringComparison.Ordinal))
        {
            error = ex.Message.Split('\n')[0];
        }
        catch (TimeoutException ex)
        {
            error = "timeout: " + ex.Message.Split('\n')[0];
        }

        return await ClassifyAsync(response, error, expectation, cancellationToken);
    }

    /// <summary>Checks the current page after an action (a click that can navigate or open a dialog).</summary>
    /// <exception cref="PageStateException">The page is anything but the expected logged-in page.</exception>
    public Task<PageClassification> CheckAsync(PageExpectation expectation, CancellationToken cancellationToken) =>
        ClassifyAsync(null, null, expectation, cancellationToken);

    /// <summary>Finds every match of an element in <paramref name="scope"/> (default: the whole document).</summary>
    public Task<ElementMatch> FindAsync(string element, ILocator? scope = null, bool visibleOnly = true) =>
        finder.FindAsync(scope ?? Document, element, Language, visibleOnly);

    /// <summary>Reads an element's value (a name, a time) in <paramref name="scope"/> from the first alternative that yields one.</summary>
    public Task<ElementText> ReadAsync(string element, ILocator scope) =>
        finder.ReadAsync(scope, element, Language);

    /// <summary>Gets the selectors in use (to name the alternative that matched).</summary>
    public SelectorCatalog Catalog => finder.Catalog;

    /// <summary>Waits for an element to appear in <paramref name="scope"/>, up to <paramref name="timeout"/>.</summary>
    public Task<ElementMatch> WaitForAsync(string element, TimeSpan timeout, ILocator? scope = null) =>
        finder.WaitForAsync(scope ?? Document, element, Language, timeout);

    /// <summary>Finds exactly one visible, enabled element in <paramref name="scope"/>.</summary>
    /// <exception cref="ElementNotFoundException">None or several.</exception>
    public Task<ILocator> FindOneAsync(string element, ILocator? scope = null) =>
        finder.FindOneAsync(scope ?? Document, element, Language);

    /// <summary>Saves a screenshot and DOM snapshot for a failure; never throws.</summary>
    public Task<string?> SaveEvidenceAsync(string reason) => evidence.SaveAsync(Page, reason);

    private async Task<PageClassification> ClassifyAsync(IResponse? response, string? error, PageExpectation expectation, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var read = await signals.ReadAsync(Page, response, error);
            Language = read.Language ?? Language;
            var classification = PageStateClassifier.Classify(read, expectation);
            if (classification.State == PageState.LoggedIn)
            {
                return classification;
            }

            if (classification.State == PageState.BenignPopup && attempt < MaxBenignDismissals)
            {
                var dialog = (await FindAsync("state.growing_network")).Matches[0];
                await Input.ClickAsync(await FindOneAsync("state.benign_dismiss", dialog), cancellationToken);
                LogDismissed(Page.Url);
                continue;
            }

            LogState(classification.State, classification.Reason, Page.Url);
            if (classification.State is PageState.Unexpected or PageState.Checkpoint or PageState.Restricted)
            {
                await SaveEvidenceAsync(classification.State.ToString());
            }

            throw new PageStateException(classification);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dismissed a harmless popup on {PageUrl}")]
    private partial void LogDismissed(string pageUrl);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Page state {PageState} ({Reason}) on {PageUrl}")]
    private partial void LogState(PageState pageState, string reason, string pageUrl);
}
