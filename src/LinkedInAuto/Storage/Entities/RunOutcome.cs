namespace LinkedInAuto.Storage.Entities;

/// <summary>How a run ended; stored as text.</summary>
public enum RunOutcome
{
    /// <summary>The run did what it could.</summary>
    Succeeded,

    /// <summary>The run stopped on an error.</summary>
    Failed,

    /// <summary>The run was stopped (shutdown, end of active hours, `linkedin-auto stop`).</summary>
    Cancelled,

    /// <summary>The run did not act (quota spent, account needs attention, memory low…).</summary>
    Skipped,

    /// <summary>The process ended without finishing the run (crash, power cut); set at the next start.</summary>
    Interrupted,
}
