using LinkedInAuto.Pages.Text;

namespace LinkedInAuto.Bots.Invitations;

/// <summary>Finds the personal note among a received invitation's lines: the text that is none of the card's known parts.</summary>
/// <remarks>
/// A note is message text in the card, shown with or without "Reply" / "…see more" (src/LinkedInAuto/Pages/README.md,
/// "Invitation notes"). The known parts are the name, the headline,
/// the mutual-connection line (or any line speaking of mutual connections), a short elapsed-time line ("2 days ago") and
/// the controls' words; what remains is the inviter's words.
/// </remarks>
public static class InvitationNote
{
    // A time line is short; a longer line that happens to say "yesterday" is someone's sentence.
    private const int MaxTimeLineWords = 5;

    // Any day does: only whether a line reads as a time matters, not which.
    private static readonly DateOnly s_anyDay = new(2001, 7, 1);

    private static readonly string[] s_controlWords =
        ["see more", "…see more", "...see more", "see less", "show more", "show less", "reply", "voir plus", "…voir plus", "...voir plus", "voir moins", "afficher plus", "répondre"];

    /// <summary>Gets the note in <paramref name="lines"/> (the card's lines after the inviter's link), or null when there is none.</summary>
    public static string? Read(IEnumerable<string> lines, string fullName, string headline)
    {
        var note = lines.Where(line => !IsCardDetail(line, fullName) && Key(line) != Key(headline)).ToList();
        return note.Count == 0 ? null : string.Join(" ", note);
    }

    /// <summary>Gets a value indicating whether a line is one of the card's known parts other than the headline (name, mutual connections, time, a control's words).</summary>
    public static bool IsCardDetail(string line, string fullName)
    {
        var folded = Key(line);
        return folded.Length == 0
            || folded == Key(fullName)
            || MutualConnections.Parse(line) is not null
            || PageText.ContainsWord(folded, "mutual") || PageText.ContainsWord(folded, "en commun")
            || s_controlWords.Any(w => folded == PageText.Fold(w))
            || IsTimeLine(line);
    }

    private static string Key(string text) => PageText.Fold(text).Trim(' ', '·', '•', '-');

    private static bool IsTimeLine(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxTimeLineWords
        && ElapsedTextParser.Parse(line, s_anyDay).Kind is ElapsedKind.Past or ElapsedKind.Upcoming;
}
