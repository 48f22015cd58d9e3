namespace LinkedInAuto.Doctor;

/// <summary>How a doctor check went; the order matters: the worst status decides the exit code.</summary>
public enum DoctorStatus
{
    /// <summary>Nothing to do.</summary>
    Pass,

    /// <summary>Works, but something should be looked at (exit 0 unless --strict).</summary>
    Warn,

    /// <summary>Broken: the daemon cannot do its work until this is fixed (exit 1).</summary>
    Fail,
}

/// <summary>The outcome of one check: what was found and, unless it passed, what to do.</summary>
/// <param name="Name">The check's short name (`ram+swap`, `session`…).</param>
/// <param name="Status">Pass, warn or fail.</param>
/// <param name="Detail">What was found; the first line is the summary, further lines list items (config errors).</param>
/// <param name="Hint">The next step for a warning or a failure; null when it passed.</param>
public sealed record DoctorResult(string Name, DoctorStatus Status, string Detail, string? Hint)
{
    /// <summary>Creates a passing result.</summary>
    public static DoctorResult Pass(string name, string detail) => new(name, DoctorStatus.Pass, detail, null);

    /// <summary>Creates a warning with its next step.</summary>
    public static DoctorResult Warn(string name, string detail, string hint) => new(name, DoctorStatus.Warn, detail, hint);

    /// <summary>Creates a failure with its next step.</summary>
    public static DoctorResult Fail(string name, string detail, string hint) => new(name, DoctorStatus.Fail, detail, hint);
}
