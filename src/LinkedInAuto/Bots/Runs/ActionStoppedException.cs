using LinkedInAuto.Bots.Safety;

namespace LinkedInAuto.Bots.Runs;

/// <summary>An action was refused, stayed without proof, or drew a warning: the run acts no more and the runner reviews the account.</summary>
public sealed class ActionStoppedException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ActionStoppedException"/> class.</summary>
    public ActionStoppedException(ActionWatch watch, ActionVerdict verdict)
        : base($"{watch?.Action} {watch?.Identity}: {verdict?.Result.ToString().ToLowerInvariant()} — {verdict?.Detail}")
    {
        Watch = watch;
        Verdict = verdict;
    }

    /// <summary>Initializes a new instance of the <see cref="ActionStoppedException"/> class.</summary>
    public ActionStoppedException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ActionStoppedException"/> class.</summary>
    public ActionStoppedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ActionStoppedException"/> class.</summary>
    public ActionStoppedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the action.</summary>
    public ActionWatch? Watch { get; }

    /// <summary>Gets its verdict.</summary>
    public ActionVerdict? Verdict { get; }
}
