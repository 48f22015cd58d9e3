using LinkedInAuto.Browser;

namespace LinkedInAuto.Reaper;

/// <summary>Reads one variable of another process's environment from `/proc/PID/environ` (readable for our own processes).</summary>
public static class ProcessEnvironment
{
    /// <summary>Gets the run id a browser or driver process was started for, or null.</summary>
    public static string? RunIdOf(int pid) => Read(pid, ChildEnvironment.RunIdVariable);

    /// <summary>Gets <paramref name="name"/> from the process's initial environment, or null.</summary>
    public static string? Read(int pid, string name)
    {
        try
        {
            var prefix = name + "=";
            foreach (var entry in File.ReadAllText($"/proc/{pid}/environ").Split('\0'))
            {
                if (entry.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return entry[prefix.Length..];
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }

        return null;
    }
}
