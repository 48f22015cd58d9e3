using LinkedInAuto.SystemBus;

namespace LinkedInAuto.Reaper;

/// <summary>The processes of the service's own cgroup, when this process runs as the service.</summary>
/// <remarks>
/// <c>/proc/self/cgroup</c> names our cgroup (the <c>0::</c> line of the unified hierarchy, or the <c>name=systemd</c>
/// line of a legacy one); its <c>cgroup.procs</c> lists every process systemd will kill when the unit stops, hidden or
/// not. Only the product's own unit counts: anywhere else (a terminal, a test runner, another service) there is no
/// cgroup whose members are all ours.
/// </remarks>
public static class ServiceCgroup
{
    private static readonly string[] s_hierarchies = ["/sys/fs/cgroup", "/sys/fs/cgroup/unified", "/sys/fs/cgroup/systemd"];

    /// <summary>Gets the members of our unit's cgroup, or null when this process is not the service.</summary>
    public static IReadOnlyList<int>? Members() => Members(ReadOrNull("/proc/self/cgroup"), ReadOrNull);

    /// <summary>Gets the members from a <c>/proc/self/cgroup</c> text and a file reader. For testing.</summary>
    internal static IReadOnlyList<int>? Members(string? selfCgroup, Func<string, string?> read)
    {
        if (selfCgroup is null)
        {
            return null;
        }

        foreach (var line in selfCgroup.Split('\n'))
        {
            var parts = line.Split(':', 3);
            if (parts.Length != 3 || (parts[1].Length != 0 && parts[1] != "name=systemd") || !parts[2].EndsWith("/" + SystemFacts.ServiceUnit, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var root in s_hierarchies)
            {
                if (read(root + parts[2] + "/cgroup.procs") is { } procs)
                {
                    return [.. procs.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(pid => int.Parse(pid, System.Globalization.CultureInfo.InvariantCulture))];
                }
            }
        }

        return null;
    }

    private static string? ReadOrNull(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
