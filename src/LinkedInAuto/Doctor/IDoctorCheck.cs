namespace LinkedInAuto.Doctor;

/// <summary>One concern of `linkedin-auto doctor`: reads the machine, never changes it.</summary>
public interface IDoctorCheck
{
    /// <summary>Gets the name printed in the report.</summary>
    string Name { get; }

    /// <summary>Gets a value indicating whether the check reads config.yaml, so an invalid config is mentioned in its result.</summary>
    bool UsesConfig { get; }

    /// <summary>Runs the check; an exception is reported as a failure of this check only.</summary>
    Task<DoctorResult> RunAsync(CancellationToken cancellationToken);
}
