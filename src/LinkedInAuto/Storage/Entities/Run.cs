namespace LinkedInAuto.Storage.Entities;

/// <summary>One run of one bot.</summary>
public sealed class Run
{
    /// <summary>Gets or sets the row id.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the bot's name (`birthday`, `invitations`, `visitor`).</summary>
    public required string Bot { get; set; }

    /// <summary>Gets or sets what started the run.</summary>
    public RunTrigger Trigger { get; set; }

    /// <summary>Gets or sets a value indicating whether the run was a rehearsal (`run --dry-run`): nothing was sent, accepted or withdrawn.</summary>
    public bool DryRun { get; set; }

    /// <summary>Gets or sets when the run started (UTC).</summary>
    public DateTime StartedUtc { get; set; }

    /// <summary>Gets or sets when the run ended (UTC); null while it runs.</summary>
    public DateTime? EndedUtc { get; set; }

    /// <summary>Gets or sets how the run ended; null while it runs.</summary>
    public RunOutcome? Outcome { get; set; }

    /// <summary>Gets or sets how many actions were done.</summary>
    public int Done { get; set; }

    /// <summary>Gets or sets how many candidates were skipped (blacklist, already done, rules).</summary>
    public int Skipped { get; set; }

    /// <summary>Gets or sets how many actions failed.</summary>
    public int Failed { get; set; }

    /// <summary>Gets or sets how many actions LinkedIn refused (counted in the quotas, never as done).</summary>
    public int Refused { get; set; }

    /// <summary>Gets or sets how many actions ended without proof (counted in the quotas, never as done).</summary>
    public int Unconfirmed { get; set; }

    /// <summary>Gets or sets the error that ended the run.</summary>
    public string? Error { get; set; }
}
