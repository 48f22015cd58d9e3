using LinkedInAuto.Engine;
using LinkedInAuto.Pages.Text;
using Microsoft.Playwright;

namespace LinkedInAuto.Bots.Invitations;

/// <summary>Reads the sent-invitations page into <see cref="SentInvitation"/>s, after scrolling until the list stops growing.</summary>
internal static class SentInvitationReader
{
    /// <summary>Harvests every item with a profile link (first item of each person).</summary>
    public static async Task<IReadOnlyList<SentInvitation>> ReadAsync(
        LinkedInPage page, DateOnly today, TimeSpan growthWait, TimeProvider time, CancellationToken cancellationToken)
    {
        var items = await Harvest.ScrollUntilStableAsync(page, "sent.item", page.Main, growthWait, time, cancellationToken);
        var sent = new List<SentInvitation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (await ReadItemAsync(page, item, today) is { } invitation && seen.Add(invitation.Identity))
            {
                sent.Add(invitation);
            }
        }

        return sent;
    }

    private static async Task<SentInvitation?> ReadItemAsync(LinkedInPage page, ILocator item, DateOnly today)
    {
        var link = await page.FindAsync("sent.link", item, visibleOnly: false);
        if (!link.Found || ProfileLinks.Identity(await link.Matches[0].GetAttributeAsync("href")) is not { } identity)
        {
            return null;
        }

        var name = await page.FindAsync("sent.name", item, visibleOnly: false);
        var fullName = name.Found ? await Harvest.TextAsync(name.Matches[0]) : string.Empty;
        var time = await page.FindAsync("sent.time", item);
        var text = time.Found ? (await time.Matches[0].InnerTextAsync()).Trim() : ElapsedLine(await item.InnerTextAsync());
        return new SentInvitation(identity, fullName, text, ElapsedTextParser.Parse(text, today));
    }

    // §3.6: without a time element, the first line that says "ago" / "il y a" (or LinkedIn's "Sent today" forms).
    private static string ElapsedLine(string itemText) =>
        itemText.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(line =>
            PageText.ContainsWord(line, "ago") || PageText.ContainsWord(line, "il y a")
            || PageText.ContainsWord(line, "sent") || PageText.ContainsWord(line, "envoyée")) ?? string.Empty;
}
