using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Pages.States;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace LinkedInAuto.Bots.Messaging;

/// <summary>Opens a conversation by clicking a message action and finds the one that appeared (bubble, modal or full page).</summary>
public static partial class ConversationOpener
{
    // The click may open the conversation as a modal dialog.
    private static readonly PageExpectation s_afterClick = PageExpectation.Paths("/mynetwork/", "/messaging/", "/in/").WithDialog();

    /// <summary>Closes every open conversation bubble, so the next one that appears is unambiguous.</summary>
    public static async Task CloseAllAsync(BotRun run, CancellationToken cancellationToken)
    {
        for (var i = 0; i < 10; i++)
        {
            var bubbles = await run.Page.FindAsync("messaging.bubble");
            if (!bubbles.Found)
            {
                return;
            }

            await new Conversation(run, bubbles.Matches[0]).CloseAsync(cancellationToken);
        }
    }

    /// <summary>Clicks <paramref name="action"/> and returns the conversation it opened, or null when none appeared in time
    /// (or LinkedIn warned on the network meanwhile, see <see cref="BotRun.OpenAction"/>).</summary>
    public static async Task<Conversation?> OpenAsync(BotRun run, ILocator action, CancellationToken cancellationToken)
    {
        var page = run.Page;
        var url = page.Page.Url;
        await page.Input.ClickAsync(action, cancellationToken);
        var started = run.Time.GetTimestamp();
        var timeout = run.Config.Browser.ActionTimeout;
        var clickedAgain = false;
        Conversation? opened = null;
        while (opened is null && run.Time.GetElapsedTime(started) < timeout && run.OpenAction?.SawDanger != true)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), run.Time, cancellationToken);

            // Half the time gone and nothing opened, still on the same page with the action in sight: the click was lost
            // (the page was still wiring its buttons, or moved under the pointer). A person clicks once more; opening a
            // conversation sends nothing, and reopening one shows the same conversation.
            if (!clickedAgain && run.Time.GetElapsedTime(started) >= timeout / 2 && page.Page.Url == url && await action.IsVisibleAsync())
            {
                clickedAgain = true;
                LogClickedAgain(run.Logger, run.Time.GetElapsedTime(started).TotalSeconds);
                await page.Input.ClickAsync(action, cancellationToken);
                continue;
            }

            var bubbles = await page.FindAsync("messaging.bubble");
            if (bubbles.Found && (await page.FindAsync("messaging.composer", bubbles.Matches[^1])).Found)
            {
                opened = new Conversation(run, bubbles.Matches[^1]);
            }
            else if (new Uri(page.Page.Url).AbsolutePath.StartsWith("/messaging/", StringComparison.Ordinal)
                && (await page.FindAsync("messaging.composer", page.Main)).Found)
            {
                opened = new Conversation(run, page.Main);
            }
        }

        // The click may have led anywhere (checkpoint, expired session, unknown dialog): classify before using it.
        await page.CheckAsync(s_afterClick, cancellationToken);
        return opened;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "No conversation had opened {Seconds:0.0} s after the click: clicking once more")]
    private static partial void LogClickedAgain(ILogger logger, double seconds);
}
