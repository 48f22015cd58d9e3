namespace LinkedInAuto.Storage.Entities;

/// <summary>One birthday wish to one contact for one birthday occurrence; at most one real (non-dry-run) row per occurrence.</summary>
public sealed class BirthdayWish
{
    /// <summary>Gets or sets the row id.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the contact wished.</summary>
    public long ContactId { get; set; }

    /// <summary>Gets or sets the contact wished.</summary>
    public Contact? Contact { get; set; }

    /// <summary>Gets or sets the birthday being wished (the date in that year, in the configured time zone).</summary>
    public DateOnly Occurrence { get; set; }

    /// <summary>Gets or sets how many days after the birthday the wish is sent (0 = on the day).</summary>
    public int DaysLate { get; set; }

    /// <summary>Gets or sets the message template chosen (file and line, e.g. `birthday.txt:3`).</summary>
    public required string TemplateId { get; set; }

    /// <summary>Gets or sets the text actually sent (or rehearsed); set once the message left.</summary>
    public string? Text { get; set; }

    /// <summary>Gets or sets the text about to be sent, committed with the intent, so an interrupted send can be recognised in the conversation.</summary>
    public string? IntendedText { get; set; }

    /// <summary>Gets or sets the state.</summary>
    public WishState State { get; set; }

    /// <summary>Gets or sets how many intents were recorded for this occurrence (a failed wish can be re-armed).</summary>
    public int Attempts { get; set; } = 1;

    /// <summary>Gets or sets when the latest intent was committed (UTC).</summary>
    public DateTime IntendedUtc { get; set; }

    /// <summary>Gets or sets when the message was sent (UTC).</summary>
    public DateTime? SentUtc { get; set; }

    /// <summary>Gets or sets when the message was seen in the conversation (UTC).</summary>
    public DateTime? VerifiedUtc { get; set; }

    /// <summary>Gets or sets when sending failed (UTC).</summary>
    public DateTime? FailedUtc { get; set; }

    /// <summary>Gets or sets why sending failed.</summary>
    public string? Error { get; set; }

    /// <summary>Gets or sets the run that acted, if still kept.</summary>
    public long? RunId { get; set; }
}
