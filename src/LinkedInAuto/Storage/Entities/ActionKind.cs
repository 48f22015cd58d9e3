namespace LinkedInAuto.Storage.Entities;

/// <summary>A kind of LinkedIn action with its own quota (see <c>QuotaOptions</c>); stored as text.</summary>
public enum ActionKind
{
    /// <summary>A birthday wish.</summary>
    Wish,

    /// <summary>A profile visit.</summary>
    Visit,

    /// <summary>An accepted invitation.</summary>
    Accept,

    /// <summary>An ignored invitation.</summary>
    Ignore,

    /// <summary>A withdrawn invitation.</summary>
    Withdraw,
}
