using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Engine;
using LinkedInAuto.Pages.Selectors;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Bots;

/// <summary>A page LinkedIn shows as a list, and how to tell its empty state from a list the selectors no longer see.</summary>
/// <remarks>
/// Zero items is "nothing to do" only when the page shows LinkedIn's own empty-state text and none of the list's action
/// controls; anything else stops the run as "page not understood", with evidence (src/LinkedInAuto/Pages/README.md).
/// </remarks>
/// <param name="What">What the list holds, for messages ("sent invitations").</param>
/// <param name="EmptyElement">The element holding LinkedIn's empty-state text.</param>
/// <param name="ControlElement">The action control every item carries, or null when an empty page may show others' (suggestions).</param>
/// <param name="NothingToDo">What an empty list means for the bot ("nothing to withdraw").</param>
internal sealed partial class ListPage(string What, string EmptyElement, string? ControlElement, string NothingToDo)
{
    /// <summary>Gets the sent-invitations list.</summary>
    public static ListPage SentInvitations { get; } = new("sent invitations", "sent.empty_state", "sent.withdraw", "nothing to withdraw");

    /// <summary>Gets the received-invitations list.</summary>
    public static ListPage ReceivedInvitations { get; } = new("received invitations", "invitations.empty_state", "invitations.accept", "no invitation to answer");

    /// <summary>Gets the birthday catch-up list.</summary>
    public static ListPage Birthdays { get; } = new("birthday cards", "birthday.empty_state", "birthday.wish", "no birthday to wish");

    /// <summary>Gets a people-search results page.</summary>
    public static ListPage SearchResults { get; } = new("search results", "search.empty_state", null, "no result on this page");

    /// <summary>After a harvest found no item: returns when the page is in its empty state; otherwise saves evidence and stops the run.</summary>
    /// <exception cref="PageNotUnderstoodException">The list is not empty, or not in a way LinkedIn says so.</exception>
    public async Task EnsureEmptyAsync(BotRun run)
    {
        var page = run.Page;
        var empty = await page.FindAsync(EmptyElement);
        var controls = ControlElement is null ? ElementMatch.None(string.Empty) : await page.FindAsync(ControlElement, page.Main);
        if (empty.Found && !controls.Found)
        {
            LogEmpty(run.Logger, What, NothingToDo);
            return;
        }

        var path = new Uri(page.Page.Url).AbsolutePath;
        var evidence = await page.SaveEvidenceAsync($"{PageNotUnderstoodException.ReasonPrefix} {What}");
        var why = controls.Found
            ? $"{controls.Matches.Count} {ControlElement} control(s) but no item around them"
            : "and not LinkedIn's empty state";
        throw new PageNotUnderstoodException(
            $"{PageNotUnderstoodException.ReasonPrefix}: no {What} recognised on {path}, {why}; nothing was done there. The selectors may no longer " +
            $"match LinkedIn's pages: run `linkedin-auto selectors check`{(evidence is null ? string.Empty : $"; evidence: {evidence}.png/.html")}");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No {List}: LinkedIn shows the list empty; {NothingToDo}")]
    private static partial void LogEmpty(ILogger logger, string list, string nothingToDo);
}
