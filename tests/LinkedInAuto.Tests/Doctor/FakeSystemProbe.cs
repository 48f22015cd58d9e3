using LinkedInAuto.Configuration;
using LinkedInAuto.Doctor;
using LinkedInAuto.SystemBus;

namespace LinkedInAuto.Tests.Doctor;

/// <summary>A machine made of dictionaries: files, owners, free space and the output of the commands the checks run.</summary>
internal sealed class FakeSystemProbe : ISystemProbe
{
    public uint EffectiveUserId { get; set; } = 1000;

    public Dictionary<string, string> Files { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Existing { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, FileStatus> Stats { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the results by command line ("program arg arg"); a command not listed is not installed.</summary>
    public Dictionary<string, CommandResult> Commands { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets or sets a stand-in for commands that must act (systemd-creds writing a file); consulted before <see cref="Commands"/>.</summary>
    public Func<string, IReadOnlyList<string>, CommandResult?>? Handler { get; set; }

    public long? Free { get; set; }

    /// <summary>Gets the units systemd knows on this fake machine's bus (none: the bus does not answer).</summary>
    public Dictionary<string, UnitFacts> Units { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets or sets timedated's NTPSynchronized (null: timedated does not answer).</summary>
    public bool? ClockSynchronized { get; set; }

    public Task<UnitFacts?> UnitAsync(string unit, CancellationToken cancellationToken) => Task.FromResult(Units.GetValueOrDefault(unit));

    public Task<bool?> ClockSynchronizedAsync(CancellationToken cancellationToken) => Task.FromResult(ClockSynchronized);

    public string? ReadText(string path) => Files.GetValueOrDefault(path);

    public bool Exists(string path) => Existing.Contains(path) || Files.ContainsKey(path) || Stats.ContainsKey(path);

    public FileStatus? Stat(string path) => Stats.TryGetValue(path, out var status) ? status : null;

    public long? FreeBytes(string path) => Free;

    public Task<CommandResult?> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        Task.FromResult(Handler?.Invoke(program, arguments) ?? Commands.GetValueOrDefault(string.Join(' ', arguments.Prepend(program))));

    /// <summary>A context over the default config, with the service user pi (1000).</summary>
    public static DoctorContext Context(string stateDirectory = "/var/lib/linkedin-auto", AppConfig? config = null) =>
        new("/etc/linkedin-auto/config.yaml", config ?? new AppConfig(), [], new AppDirectories(stateDirectory, "/run/linkedin-auto", null), new ServiceAccount(1000, "pi"));
}
