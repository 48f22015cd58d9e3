using System.Text.Json;
using LinkedInAuto.Browser;
using LinkedInAuto.Cli;
using LinkedInAuto.Reaper;
using LinkedInAuto.Tests.Daemon;
using LinkedInAuto.Tests.Systemd;

namespace LinkedInAuto.Tests.Control;

/// <summary>A real published daemon in its own directories with a notify socket, and the real CLI talking to it.</summary>
internal sealed class ControlDaemon : IAsyncDisposable
{
    private readonly bool _ownsEnvironment;

    private ControlDaemon(DaemonTestEnvironment environment, bool ownsEnvironment, NotifySocketListener listener, AppProcess process)
    {
        Environment = environment;
        _ownsEnvironment = ownsEnvironment;
        Listener = listener;
        Process = process;
        DaemonPid = process.Id;
    }

    /// <summary>Gets the daemon's pid (kept after the process object is disposed).</summary>
    public int DaemonPid { get; }

    public DaemonTestEnvironment Environment { get; }

    public NotifySocketListener Listener { get; }

    public AppProcess Process { get; }

    /// <summary>The config used by these tests: always inside the active hours, fast, and no schedule due during a test.</summary>
    public static string Config(Uri? baseUrl, string cron = "0 3 1 1 *", string extra = "") => $"""
        time_zone: Europe/Paris
        linkedin:
          base_url: {baseUrl?.AbsoluteUri ?? "https://www.linkedin.com"}
        browser:
          action_timeout: 5s
          navigation_timeout: 20s
          close_timeout: 10s
          human:
            fast: true
        pacing:
          action_delay: {"{"} min: 0s, max: 0s {"}"}
          long_break_every: 0
        schedule:
          active_hours: {"{"} start: "00:00", end: "24:00" {"}"}
          days_off: []
          jitter: 0s
          catch_up: false
          birthday:
            cron: "{cron}"
          invitations:
            enabled: false
          visitor:
            enabled: false
        memory:
          min_available_mb: 100
        {extra}
        """;

    /// <summary>Writes the config, imports <paramref name="liAt"/> (when given) with `auth import`, starts the daemon and waits for READY=1.</summary>
    public static async Task<ControlDaemon> StartAsync(string config, string? liAt = null)
    {
        var environment = new DaemonTestEnvironment();
        environment.WriteConfig(config);
        if (liAt is not null)
        {
            await ImportSessionAsync(environment, liAt);
        }

        return await StartInAsync(environment, ownsEnvironment: true);
    }

    /// <summary>Starts a daemon in <paramref name="environment"/> (again, after a kill, keeps its state) and waits for READY=1.</summary>
    /// <param name="environment">Its directories and config.</param>
    /// <param name="ownsEnvironment">Whether disposing the daemon also deletes the environment.</param>
    public static async Task<ControlDaemon> StartInAsync(DaemonTestEnvironment environment, bool ownsEnvironment = false)
    {
        var listener = NotifySocketListener.BindPath();
        var process = AppProcess.Start(["daemon", "--config", environment.ConfigPath, "--log-format", "json"], environment.Environment(("NOTIFY_SOCKET", listener.Address)));
        var daemon = new ControlDaemon(environment, ownsEnvironment, listener, process);
        try
        {
            await listener.WaitForMessageAsync(m => m.Contains("READY=1", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException e)
        {
            var output = process.Describe();
            await daemon.DisposeAsync();
            throw new TimeoutException("the daemon never became ready:\n" + output, e);
        }

        return daemon;
    }

    /// <summary>Runs `linkedin-auto ARGS --config CONFIG` as its own process.</summary>
    /// <exception cref="TimeoutException">The command hung; the message carries the daemon's latest log lines.</exception>
    public async Task<AppProcess> CliAsync(params string[] arguments)
    {
        try
        {
            return await AppProcess.RunAsync([.. arguments, "--config", Environment.ConfigPath], Environment.Environment());
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\ndaemon's last log lines:\n{string.Join('\n', Process.Stderr.TakeLast(40))}", e);
        }
    }

    /// <summary>Reads `status --json`.</summary>
    public async Task<JsonElement> StatusAsync()
    {
        var status = await CliAsync("status", "--json");
        Assert.True(status.ExitCode == 0, status.Describe());
        using var json = JsonDocument.Parse(string.Join('\n', status.Stdout));
        return json.RootElement.GetProperty("status").Clone();
    }

    /// <summary>Polls `status` until <paramref name="condition"/> holds.</summary>
    public async Task<JsonElement> WaitForStatusAsync(Func<JsonElement, bool> condition, TimeSpan timeout)
    {
        var start = TimeProvider.System.GetTimestamp();
        while (true)
        {
            var status = await StatusAsync();
            if (condition(status))
            {
                return status;
            }

            Assert.True(TimeProvider.System.GetElapsedTime(start) < timeout, "status never matched; last: " + status);
        }
    }

    /// <summary>Lists this daemon's child processes (browser, driver, helpers), also once it was killed: they inherit its RUNTIME_DIRECTORY.</summary>
    public IReadOnlyList<ProcessInfo> BrowserProcesses() =>
        [.. ProcessTree.Snapshot().Where(p => p.Pid != DaemonPid && !p.IsZombie && ProcessEnvironment.Read(p.Pid, "RUNTIME_DIRECTORY") == Environment.RuntimeDirectory)];

    /// <summary>Stops the daemon if it still runs and kills what it left: outside systemd nothing ends a dead daemon's
    /// driver and Chromium (in production the unit's final SIGKILL to its cgroup does).</summary>
    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        foreach (var leftover in BrowserProcesses())
        {
            ProcessTree.Signal(leftover.Identity, ProcessTree.SigKill);
        }

        await Listener.DisposeAsync();
        if (_ownsEnvironment)
        {
            Environment.Dispose();
        }
    }

    /// <summary>Imports <paramref name="liAt"/> into <paramref name="environment"/> with `auth import --li-at -`.</summary>
    public static async Task ImportSessionAsync(DaemonTestEnvironment environment, string liAt)
    {
        var variables = environment.Environment();
        AuthTerminal.Override.Value = new AuthTerminal(new StringReader(liAt + "\n"), false, name => variables.GetValueOrDefault(name));
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = await CliApplication.RunAsync(["auth", "import", "--li-at", "-", "--config", environment.ConfigPath], (_, _) => Task.FromResult(0), new CliConsole(output, error));
            Assert.True(code == 0, output + "\n" + error);
        }
        finally
        {
            AuthTerminal.Override.Value = null;
        }
    }
}
