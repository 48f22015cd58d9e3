using LinkedInAuto.Systemd;

namespace LinkedInAuto.Tests.Systemd;

/// <summary>An in-memory environment for <see cref="SystemdEnvironment"/> tests; never touches the process environment.</summary>
public sealed class FakeEnvironmentVariables : IEnvironmentVariables
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public string? this[string name]
    {
        get => Read(name);
        set
        {
            if (value is null)
            {
                _values.Remove(name);
            }
            else
            {
                _values[name] = value;
            }
        }
    }

    public List<string> Removed { get; } = [];

    public string? Read(string name) => _values.GetValueOrDefault(name);

    public void Remove(string name)
    {
        Removed.Add(name);
        _values.Remove(name);
    }

    /// <summary>Takes a snapshot as process <paramref name="processId"/>; <paramref name="packageSaysService"/> stands for the package's own detection.</summary>
    public SystemdEnvironment Capture(int processId = 4242, bool packageSaysService = false) =>
        SystemdEnvironment.Capture(this, processId, () => packageSaysService);
}
