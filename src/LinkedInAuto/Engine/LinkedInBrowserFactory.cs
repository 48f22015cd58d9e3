using LinkedInAuto.Browser;
using LinkedInAuto.Pages.Selectors;
using LinkedInAuto.Pages.States;
using LinkedInAuto.Session;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Engine;

/// <summary>Starts a run's browser with the session, the selectors and the classifier wired in.</summary>
public sealed class LinkedInBrowserFactory(
    BrowserLauncher launcher, SessionCookieJar jar, ElementFinder finder, EvidenceCollector evidence, ILoggerFactory loggers)
{
    /// <summary>Starts the browser for <paramref name="runId"/>.</summary>
    public Task<LinkedInBrowser> StartAsync(string runId, CancellationToken cancellationToken) =>
        LinkedInBrowser.StartAsync(
            runId,
            launcher,
            jar,
            session => new LinkedInPage(session, finder, new PageSignalReader(finder), evidence, loggers.CreateLogger<LinkedInPage>()),
            loggers.CreateLogger<LinkedInBrowser>(),
            cancellationToken);
}
