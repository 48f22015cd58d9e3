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

    /// <summary>Takes a snapshot as process <paramref name="processId"/> whose parent is named <paramref name="parentName"/>.</summary>
    public SystemdEnvironment Capture(int processId = 4242, string? parentName = "bash\n") =>
        SystemdEnvironment.Capture(this, processId, () => 1, _ => parentName);
}
