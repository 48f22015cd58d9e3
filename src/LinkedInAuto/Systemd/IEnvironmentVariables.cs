namespace LinkedInAuto.Systemd;

/// <summary>Reads and removes environment variables; the seam that lets tests inject a fake environment.</summary>
public interface IEnvironmentVariables
{
    /// <summary>Returns the value of <paramref name="name"/>, or null when it is unset.</summary>
    string? Read(string name);

    /// <summary>Removes <paramref name="name"/> so that child processes started afterwards do not inherit it.</summary>
    void Remove(string name);
}
