using System.Globalization;
using System.Text.Json;
using FakeLinkedIn;
using LinkedInAuto.Tests.Metrics;

namespace LinkedInAuto.Tests.Control;

/// <summary>Acceptance 2, 4 and 5 against the real daemon process: the CLI over the control socket, stop mid-run, reload, metrics.</summary>
[Collection(ProcessControlDefinition.Name)]
public sealed class ControlSocketTests
{
    private const int SigHup = 1;
    private const int SigTerm = 15;

    [Fact]
    public async Task StatusRunPauseResumeStop_OverTheSocket_StopEndsTheRunWithinFiveSecondsAndLeavesNoBrowser()
    {
        var scenario = Scenario.LoadFile(Path.Combine(RepositoryPaths.Root, "tests", "FakeLinkedIn", "scenarios", "demo-fr.yaml"));
        await using var fake = await FakeLinkedInServer.StartAsync(scenario);
        var metricsDirectory = new TempDirectory();
        var metricsPath = metricsDirectory.File("linkedin-auto.prom");
        await using var daemon = await ControlDaemon.StartAsync(ControlDaemon.Config(fake.BaseUrl, extra: $"metrics:\n  textfile: {metricsPath}"), fake.SessionCookieValue);

        var status = await daemon.StatusAsync();
        Assert.True(status.GetProperty("daemon_running").GetBoolean());
        Assert.StartsWith("idle — next: birthday ", status.GetProperty("line").GetString(), StringComparison.Ordinal);
        Assert.Equal("birthday", status.GetProperty("next")[0].GetProperty("bot").GetString());

        var pause = await daemon.CliAsync("pause");
        Assert.True(pause.ExitCode == 0, pause.Describe());
        Assert.Equal("paused — run linkedin-auto resume", (await daemon.StatusAsync()).GetProperty("line").GetString());
        var resume = await daemon.CliAsync("resume");
        Assert.True(resume.ExitCode == 0, resume.Describe());
        Assert.False((await daemon.StatusAsync()).GetProperty("paused").GetProperty("all").GetBoolean());
        // What changes something is in the journal at Information; the status reads polled every few seconds are not.
        await daemon.Process.WaitForStderrAsync(l => l.Contains("Control command", StringComparison.Ordinal) && l.Contains("\"Command\":\"resume\"", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var commandsLogged = daemon.Process.Stderr.Where(l => l.Contains("Control command", StringComparison.Ordinal)).ToList();
        Assert.Contains(commandsLogged, l => l.Contains("\"Command\":\"pause\"", StringComparison.Ordinal));
        Assert.Contains(commandsLogged, l => l.Contains("\"Command\":\"resume\"", StringComparison.Ordinal));
        Assert.DoesNotContain(commandsLogged, l => l.Contains("\"Command\":\"status\"", StringComparison.Ordinal));

        // Every page now takes 2 s: the run is still going when `stop` comes.
        fake.Faults.LatencyMs = 2000;
        var run = await daemon.CliAsync("run", "birthday");
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains(run.Stdout, l => l.StartsWith("birthday queued (ticket ", StringComparison.Ordinal));
        var running = await daemon.WaitForStatusAsync(s => s.TryGetProperty("running", out _) && daemon.BrowserProcesses().Any(p => p.Command.StartsWith("chrom", StringComparison.Ordinal)), TimeSpan.FromSeconds(90));
        Assert.Equal("birthday", running.GetProperty("running").GetProperty("bot").GetString());
        Assert.StartsWith("running birthday (", running.GetProperty("line").GetString(), StringComparison.Ordinal);

        var stopStarted = TimeProvider.System.GetTimestamp();
        var stop = await daemon.CliAsync("stop", "--json");
        var stopTook = TimeProvider.System.GetElapsedTime(stopStarted);
        var left = daemon.BrowserProcesses();

        Assert.True(stop.ExitCode == 0, stop.Describe());
        Assert.True(stopTook < TimeSpan.FromSeconds(5) + CliStartup, $"stop took {stopTook}");
        Assert.True(left.Count == 0, "left: " + string.Join(", ", left.Select(p => $"{p.Pid} {p.Command}")));
        using (var stopped = JsonDocument.Parse(string.Join('\n', stop.Stdout)))
        {
            Assert.Equal("cancelled", stopped.RootElement.GetProperty("run").GetProperty("outcome").GetString());
            Assert.True(stopped.RootElement.GetProperty("paused").GetProperty("stopped").GetBoolean());
        }

        var after = await daemon.StatusAsync();
        Assert.Equal("paused — run linkedin-auto resume", after.GetProperty("line").GetString());
        Assert.Equal("cancelled", after.GetProperty("last")[0].GetProperty("outcome").GetString());
        Assert.False(after.TryGetProperty("running", out _));

        // Acceptance 5: the textfile written after the run parses as Prometheus text and counts it.
        var metrics = PrometheusTextParser.Parse(await File.ReadAllTextAsync(metricsPath));
        Assert.Equal(1, metrics["linkedin_auto_runs_total{bot=\"birthday\",outcome=\"cancelled\"}"]);
        Assert.Equal(1, metrics["linkedin_auto_account_state{state=\"ok\"}"]);
        Assert.True(metrics.ContainsKey("linkedin_auto_quota_left{kind=\"wish\",period=\"day\"}"));
        Assert.True(metrics.ContainsKey("linkedin_auto_orphans_reaped_total{}"));

        // The daemon logged each command with the client's uid.
        Assert.Contains(daemon.Process.Stderr, l => l.Contains("\"Command\":\"stop\"", StringComparison.Ordinal) && l.Contains("\"PeerUid\":" + CurrentUid(), StringComparison.Ordinal));
        daemon.Process.Signal(SigTerm);
        await daemon.Process.WaitForExitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, daemon.Process.ExitCode);
        metricsDirectory.Dispose();
    }

    [Fact]
    public async Task Socket_ClientOfAnotherUserWithoutTheGroup_IsRefused()
    {
        await using var daemon = await ControlDaemon.StartAsync(ControlDaemon.Config(null));
        var socket = Path.Combine(daemon.Environment.RuntimeDirectory, "control.sock");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite, File.GetUnixFileMode(socket));

        // Only the socket's mode may refuse: the directories on the way and the config are open to everybody.
        var traversable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        File.SetUnixFileMode(Path.GetDirectoryName(daemon.Environment.ConfigPath)!, traversable);
        File.SetUnixFileMode(daemon.Environment.RuntimeDirectory, traversable);
        File.SetUnixFileMode(daemon.Environment.ConfigPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var (uid, gid) = CurrentUid() == 0 ? (65534, 65534) : throw new InvalidOperationException("these tests run as root, as CI does (setpriv needs it)");
        var stranger = AppProcess.Start(
            [$"--reuid={uid}", $"--regid={gid}", "--clear-groups", "--", AppExecutable.Path, "stop", "--config", daemon.Environment.ConfigPath],
            daemon.Environment.Environment(),
            executable: "/usr/bin/setpriv");
        await stranger.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, stranger.ExitCode);
        Assert.Contains(stranger.Stderr, l => l.Contains("permission denied on " + socket, StringComparison.Ordinal));
        Assert.DoesNotContain(daemon.Process.Stderr, l => l.Contains("Control command", StringComparison.Ordinal));
        var owner = await daemon.StatusAsync();
        Assert.False(owner.GetProperty("paused").GetProperty("all").GetBoolean());

        // `run --wait` follows its run to the end: without a session the runner skips it, and the exit code says so.
        var wait = await daemon.CliAsync("run", "birthday", "--wait");
        Assert.True(wait.ExitCode == 1, wait.Describe());
        Assert.Contains(wait.Stdout, l => l.StartsWith("birthday queued (ticket ", StringComparison.Ordinal));
        Assert.Contains(wait.Stdout, l => l.StartsWith("birthday run ", StringComparison.Ordinal) && l.Contains("skipped", StringComparison.Ordinal) && l.Contains("linkedin-auto auth import", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Socket_CommandThatFailsInTheDaemon_IsAnsweredWithTheReason_AndTheDaemonGoesOn()
    {
        await using var daemon = await ControlDaemon.StartAsync(ControlDaemon.Config(null));
        Assert.False((await daemon.StatusAsync()).GetProperty("paused").GetProperty("all").GetBoolean());

        // The history loses a table under the daemon's feet: `status` cannot be built from it any more.
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(daemon.Environment.StateDirectory, "linkedin-auto.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE runs";
            await drop.ExecuteNonQueryAsync();
        }

        var status = await daemon.CliAsync("status");
        Assert.True(status.ExitCode == 1, status.Describe());
        Assert.Contains(status.Stderr, l => l.Contains("the daemon could not carry out the request", StringComparison.Ordinal) && l.Contains("no such table: runs", StringComparison.Ordinal));
        Assert.DoesNotContain(status.Stderr, l => l.Contains("closed the connection", StringComparison.Ordinal));
        await daemon.Process.WaitForStderrAsync(l => l.Contains("Control request failed in the daemon", StringComparison.Ordinal), TimeSpan.FromSeconds(10));

        // The daemon still serves the commands that do not need that table.
        var pause = await daemon.CliAsync("pause");
        Assert.True(pause.ExitCode == 0, pause.Describe());
        Assert.True(daemon.Process.TrySignal(0), "the daemon is still running");
    }

    [Fact]
    public async Task Sighup_WithChangedSchedule_StatusShowsTheNewNextRun_InvalidConfigKeepsIt()
    {
        await using var daemon = await ControlDaemon.StartAsync(ControlDaemon.Config(null, cron: "10 4 * * *"));
        Assert.EndsWith("04:10", NextAt(await daemon.StatusAsync()), StringComparison.Ordinal);

        daemon.Environment.WriteConfig(ControlDaemon.Config(null, cron: "47 5 * * *"));
        await ReloadAsync(daemon);
        Assert.EndsWith("05:47", NextAt(await daemon.StatusAsync()), StringComparison.Ordinal);

        daemon.Environment.WriteConfig(ControlDaemon.Config(null, cron: "0 9 * *"));
        await ReloadAsync(daemon);

        Assert.EndsWith("05:47", NextAt(await daemon.StatusAsync()), StringComparison.Ordinal);
        Assert.Contains(daemon.Process.Stderr, l => l.Contains("Configuration rejected", StringComparison.Ordinal) && l.Contains("schedule.birthday.cron", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReloadCommand_WaitsForTheVerdict_ZeroOnceInEffect_OneWithTheErrorsWhenRejected()
    {
        await using var daemon = await ControlDaemon.StartAsync(ControlDaemon.Config(null, cron: "10 4 * * *"));
        Assert.EndsWith("04:10", NextAt(await daemon.StatusAsync()), StringComparison.Ordinal);

        // Valid: exit 0 only once the new schedule is in effect, so the very next status shows it.
        daemon.Environment.WriteConfig(ControlDaemon.Config(null, cron: "47 5 * * *"));
        var before = daemon.Listener.Count;
        var applied = await daemon.CliAsync("reload");
        Assert.True(applied.ExitCode == 0, applied.Describe());
        Assert.Contains(applied.Stdout, l => l.StartsWith("configuration reloaded from " + daemon.Environment.ConfigPath, StringComparison.Ordinal));
        var status = await daemon.StatusAsync();
        Assert.EndsWith("05:47", NextAt(status), StringComparison.Ordinal);
        Assert.DoesNotContain("config rejected", status.GetProperty("line").GetString(), StringComparison.Ordinal);

        // The daemon told systemd RELOADING=1 then READY=1 before it answered the command.
        await daemon.Listener.SyncAsync();
        var reloading = daemon.Listener.Datagrams.Where(d => d.Index >= before).FirstOrDefault(d => d.Text.Contains("RELOADING=1", StringComparison.Ordinal));
        Assert.NotNull(reloading);
        Assert.Contains(daemon.Listener.Datagrams, d => d.Index > reloading.Index && d.Text.StartsWith("READY=1", StringComparison.Ordinal));

        // Invalid: exit 1, every error with file:line:column on stderr, the previous schedule kept and the status says so.
        daemon.Environment.WriteConfig(ControlDaemon.Config(null, cron: "0 9 * *"));
        var rejected = await daemon.CliAsync("reload");
        Assert.True(rejected.ExitCode == 1, rejected.Describe());
        Assert.Contains(rejected.Stderr, l => l.Contains("configuration rejected, the previous one stays in effect", StringComparison.Ordinal));
        Assert.Contains(rejected.Stderr, l => l.Contains(daemon.Environment.ConfigPath + ":", StringComparison.Ordinal) && l.Contains("schedule.birthday.cron", StringComparison.Ordinal));
        status = await daemon.StatusAsync();
        Assert.EndsWith("05:47", NextAt(status), StringComparison.Ordinal);

        // systemd heard it with READY=1, before the command returned: `systemctl status` is current the moment
        // `systemctl reload` fails.
        await daemon.Listener.SyncAsync();
        var ready = daemon.Listener.Datagrams.Last(d => d.Text.StartsWith("READY=1", StringComparison.Ordinal));
        Assert.Contains("config rejected (line ", ready.Text, StringComparison.Ordinal);
        Assert.Matches(@"^waiting for a LinkedIn session: run linkedin-auto auth import — config rejected \(line [0-9]+:[0-9]+\), previous one in effect$", status.GetProperty("line").GetString());

        // `--json` carries the same verdict for scripts; a valid file again clears the note.
        var json = await daemon.CliAsync("reload", "--json");
        Assert.Equal(1, json.ExitCode);
        using (var verdict = JsonDocument.Parse(string.Join('\n', json.Stdout)))
        {
            Assert.False(verdict.RootElement.GetProperty("ok").GetBoolean());
            Assert.Contains("schedule.birthday.cron", verdict.RootElement.GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
        }

        daemon.Environment.WriteConfig(ControlDaemon.Config(null, cron: "10 4 * * *"));
        var again = await daemon.CliAsync("reload");
        Assert.True(again.ExitCode == 0, again.Describe());
        status = await daemon.StatusAsync();
        Assert.EndsWith("04:10", NextAt(status), StringComparison.Ordinal);
        Assert.DoesNotContain("config rejected", status.GetProperty("line").GetString(), StringComparison.Ordinal);
    }

    // A CLI process's own start (runtime, config) on a loaded two-core machine, on top of the 5 s promise.
    private static TimeSpan CliStartup => TimeSpan.FromSeconds(1.5);

    private static string NextAt(JsonElement status) => status.GetProperty("next")[0].GetProperty("at_local").GetString()!;

    private static async Task ReloadAsync(ControlDaemon daemon)
    {
        var before = daemon.Listener.Count;
        daemon.Process.Signal(SigHup);
        await daemon.Listener.WaitForMessageAsync(m => m.Contains("RELOADING=1", StringComparison.Ordinal), fromIndex: before);
        await daemon.Listener.WaitForMessageAsync(m => m.StartsWith("READY=1", StringComparison.Ordinal), fromIndex: before);
    }

    private static int CurrentUid() =>
        int.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith("Uid:", StringComparison.Ordinal)).Split('\t', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
