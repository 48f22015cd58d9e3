namespace LinkedInAuto.Systemd;

/// <summary>Result of a reload: success, or the reasons it was rejected (the old configuration stays active).</summary>
public sealed record ReloadOutcome
{
    private ReloadOutcome(bool succeeded, IReadOnlyList<string> errors)
    {
        Succeeded = succeeded;
        Errors = errors;
    }

    /// <summary>A successful reload.</summary>
    public static ReloadOutcome Success { get; } = new(true, []);

    /// <summary>True when the new configuration is active.</summary>
    public bool Succeeded { get; }

    /// <summary>Why the reload was rejected; empty on success.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>A rejected reload with at least one reason.</summary>
    public static ReloadOutcome Failure(params IEnumerable<string> errors)
    {
        var list = errors?.Where(e => !string.IsNullOrWhiteSpace(e)).ToArray() ?? [];
        return new ReloadOutcome(false, list.Length > 0 ? list : ["Reload failed."]);
    }

    /// <summary>Merges outcomes: success only if all succeeded; errors concatenated in order.</summary>
    public static ReloadOutcome Combine(IEnumerable<ReloadOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var all = outcomes.ToArray();
        return all.All(o => o.Succeeded) ? Success : Failure(all.SelectMany(o => o.Errors));
    }
}
