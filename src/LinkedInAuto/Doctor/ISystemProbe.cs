using LinkedInAuto.SystemBus;

namespace LinkedInAuto.Doctor;

/// <summary>What the doctor reads from the machine: files under /proc, /sys and /run, file owners, free space, systemd's facts on the system bus, a few commands.</summary>
/// <remarks>One seam for every host fact, so each check is tested with a fake machine (<see cref="SystemProbe"/> is the real one).</remarks>
public interface ISystemProbe
{
    /// <summary>Gets the effective user id of this process.</summary>
    uint EffectiveUserId { get; }

    /// <summary>Reads a text file; null when it is missing or unreadable.</summary>
    string? ReadText(string path);

    /// <summary>Tells whether a file or directory exists.</summary>
    bool Exists(string path);

    /// <summary>Reads a file's owner and mode (following symbolic links); null when it does not exist or cannot be read.</summary>
    FileStatus? Stat(string path);

    /// <summary>Gets the bytes available to unprivileged users on the file system holding <paramref name="path"/>; null when unknown.</summary>
    long? FreeBytes(string path);

    /// <summary>Reads a unit's state from systemd over the system bus; null when the bus cannot be asked.</summary>
    Task<UnitFacts?> UnitAsync(string unit, CancellationToken cancellationToken);

    /// <summary>Reads timedated's NTPSynchronized over the system bus; null when unknown.</summary>
    Task<bool?> ClockSynchronizedAsync(CancellationToken cancellationToken);

    /// <summary>Runs a program without a shell; null when it is not installed.</summary>
    Task<CommandResult?> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken);
}

/// <summary>A file's owner and permission bits.</summary>
/// <param name="UserId">The owning user id.</param>
/// <param name="GroupId">The owning group id.</param>
/// <param name="Mode">The permission bits (no file type).</param>
public readonly record struct FileStatus(uint UserId, uint GroupId, UnixFileMode Mode);

/// <summary>What a program printed and how it exited.</summary>
/// <param name="ExitCode">The exit code; -1 when it was killed after the time limit.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
public sealed record CommandResult(int ExitCode, string Output, string Error);
