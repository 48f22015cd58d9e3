using LinkedInAuto.Bots.Messaging;
using LinkedInAuto.Pages.Text;

namespace LinkedInAuto.Bots.Birthday;

/// <summary>Finds, in a conversation already open to send a wish, the owner's wish for the same birthday: then nothing is sent.</summary>
/// <remarks>
/// A message counts when it is not from the contact, celebrates a birthday (FR or EN words, or one of the configured
/// templates for this person), and was sent on or after the birthday and within `max_days_late` + 1 days of it.
/// Where the page leaves a doubt, the doubt counts as a wish (nothing is sent): a message without a readable sender
/// counts as the owner's, a message without a readable day as one of this birthday. A skipped wish costs nothing;
/// a second one is what this guards against, even with a lost or older history.
/// </remarks>
internal static class EarlierWish
{
    private static readonly string[] s_words =
    [
        "birthday", "bday", "b-day", "hbd", "anniversaire", "anniv", "bon anniv", "bonne fete", "joyeux anniv",
    ];

    /// <summary>Gets the message that already wishes this birthday, or null.</summary>
    /// <param name="messages">The conversation's messages.</param>
    /// <param name="card">The birthday's card (the contact's identity and names).</param>
    /// <param name="occurrence">The birthday being wished.</param>
    /// <param name="maxDaysLate">`birthday.max_days_late`.</param>
    /// <param name="catalog">The wish templates, recognised even when they use no birthday word.</param>
    public static ThreadMessage? Find(IReadOnlyList<ThreadMessage> messages, BirthdayCard card, DateOnly occurrence, int maxDaysLate, MessageCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(catalog);
        var last = occurrence.AddDays(maxDaysLate + 1);
        var templates = Rendered(card, maxDaysLate, catalog);
        return messages.LastOrDefault(m =>
            m.Sender != card.Identity
            && (m.Day is null || (m.Day >= occurrence && m.Day <= last))
            && Celebrates(m.Text, templates));
    }

    /// <summary>Gets a value indicating whether <paramref name="text"/> wishes a happy birthday (FR or EN).</summary>
    public static bool Celebrates(string text) => s_words.Any(w => PageText.ContainsWord(text, w));

    private static bool Celebrates(string text, IReadOnlyList<string> templates)
    {
        if (Celebrates(text))
        {
            return true;
        }

        var normalized = PageText.Normalize(text);
        return normalized.Length > 0 && templates.Any(t => normalized.EndsWith(t, StringComparison.Ordinal));
    }

    private static List<string> Rendered(BirthdayCard card, int maxDaysLate, MessageCatalog catalog)
    {
        var first = FirstName.For(card.FullName, card.FirstName);
        var texts = catalog.Today.Select(t => t.Render(first, card.FullName, 0))
            .Concat(catalog.Late.SelectMany(t => Enumerable.Range(1, Math.Max(1, maxDaysLate)).Select(d => t.Render(first, card.FullName, d))));
        return [.. texts.Select(PageText.Normalize).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)];
    }
}
