namespace LinkedInAuto.Systemd;

/// <summary>The environment of the current process.</summary>
/// <remarks>
/// On Unix, <see cref="Environment.SetEnvironmentVariable(string, string?)"/> edits the runtime's own copy of the
/// environment, which is what <see cref="System.Diagnostics.Process"/> hands to children (Playwright's Node driver,
/// and through it Chromium). Native code calling getenv(3) still sees the original block; nothing of ours does.
/// </remarks>
public sealed class ProcessEnvironmentVariables : IEnvironmentVariables
{
    /// <summary>The single instance.</summary>
    public static ProcessEnvironmentVariables Instance { get; } = new();

    private ProcessEnvironmentVariables()
    {
    }

    /// <inheritdoc/>
    public string? Read(string name) => Environment.GetEnvironmentVariable(name);

    /// <inheritdoc/>
    public void Remove(string name) => Environment.SetEnvironmentVariable(name, null);
}
