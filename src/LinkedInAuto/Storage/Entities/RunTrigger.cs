namespace LinkedInAuto.Storage.Entities;

/// <summary>What started a run; stored as text.</summary>
public enum RunTrigger
{
    /// <summary>The bot's cron schedule.</summary>
    Schedule,

    /// <summary>`linkedin-auto run` from the CLI.</summary>
    Manual,

    /// <summary>A scheduled run missed while the Pi was off.</summary>
    CatchUp,
}
