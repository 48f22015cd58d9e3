using LinkedInAuto.Browser;
using LinkedInAuto.Session;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Engine;

/// <summary>One run's browser with the LinkedIn session loaded: cookies in before the run, rotated cookies saved after.</summary>
public sealed partial class LinkedInBrowser : IAsyncDisposable
{
    private readonly BrowserSession _session;
    private readonly SessionCookieJar _jar;
    private readonly ILogger _logger;

    private LinkedInBrowser(BrowserSession session, LinkedInPage page, SessionCookieJar jar, ILogger logger)
    {
        _session = session;
        Page = page;
        _jar = jar;
        _logger = logger;
    }

    /// <summary>Gets the page the bot drives.</summary>
    public LinkedInPage Page { get; }

    /// <summary>Gets the browser session (process tree, paths).</summary>
    public BrowserSession Session => _session;

    /// <summary>Starts a browser for <paramref name="runId"/> with the saved session's cookies.</summary>
    /// <exception cref="SessionStoreException">No usable session (none imported, expired, cannot decrypt).</exception>
    public static async Task<LinkedInBrowser> StartAsync(
        string runId, BrowserLauncher launcher, SessionCookieJar jar, Func<BrowserSession, LinkedInPage> createPage, ILogger logger, CancellationToken cancellationToken)
    {
        var cookies = await jar.LoadAsync(cancellationToken);
        var session = await launcher.StartAsync(runId, cancellationToken);
        try
        {
            await session.Context.AddCookiesAsync(BrowserCookies.ToPlaywright(cookies));
            return new LinkedInBrowser(session, createPage(session), jar, logger);
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>Saves the rotated cookies (unless the run ended on a danger page), then closes the browser and its whole process tree.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            var cookies = await _session.Context.CookiesAsync();
            await _jar.SaveAsync(BrowserCookies.FromPlaywright(cookies), CancellationToken.None);
        }
        catch (Exception ex) when (ex is Microsoft.Playwright.PlaywrightException or IOException or SessionStoreException or ObjectDisposedException)
        {
            LogNotSaved(ex.Message);
        }
        finally
        {
            await _session.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The session cookies could not be saved after the run: {Reason}")]
    private partial void LogNotSaved(string reason);
}
