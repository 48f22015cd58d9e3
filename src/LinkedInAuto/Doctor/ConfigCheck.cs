namespace LinkedInAuto.Doctor;

/// <summary>config.yaml and the message templates it names, validated as `config check` does, every error listed.</summary>
public sealed class ConfigCheck(DoctorContext context) : IDoctorCheck
{
    /// <inheritdoc/>
    public string Name => "config";

    /// <inheritdoc/>
    public bool UsesConfig => false;

    /// <inheritdoc/>
    public Task<DoctorResult> RunAsync(CancellationToken cancellationToken)
    {
        var errors = context.ConfigErrors;
        if (errors.Count == 0)
        {
            return Task.FromResult(DoctorResult.Pass(Name, $"{context.ConfigPath} is valid"));
        }

        var summary = $"{context.ConfigPath}: {errors.Count} error{(errors.Count == 1 ? string.Empty : "s")}";
        return Task.FromResult(DoctorResult.Fail(
            Name,
            string.Join('\n', errors.Select(e => e.ToString()).Prepend(summary)),
            $"fix {(errors.Count == 1 ? "it" : "them")} in {context.ConfigPath}, check with `linkedin-auto config check`, then `sudo systemctl reload linkedin-auto`"));
    }
}
