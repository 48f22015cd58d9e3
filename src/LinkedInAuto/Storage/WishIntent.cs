namespace LinkedInAuto.Storage;

/// <summary>What the birthday bot is about to send: to whom, for which birthday, with which template.</summary>
/// <param name="ProfileUrl">The contact's profile URL (any spelling; it is canonicalized).</param>
/// <param name="FullName">The display name seen, informative only.</param>
/// <param name="Occurrence">The birthday being wished, as a local date.</param>
/// <param name="DaysLate">Days after the birthday (0 = on the day).</param>
/// <param name="TemplateId">The message template chosen.</param>
/// <param name="Text">The message about to be sent (kept with the intent to recognise it after a crash).</param>
/// <param name="RunId">The current run.</param>
public sealed record WishIntent(string ProfileUrl, string? FullName, DateOnly Occurrence, int DaysLate, string TemplateId, string Text, long? RunId = null);
