using System.Text.Json;
using FakeLinkedIn;
using LinkedInAuto.Configuration;
using LinkedInAuto.Control;

namespace LinkedInAuto.Tests.Control;

/// <summary>`run`'s one-off options against the real daemon: checked again there, carried through its queue to that run, which `history` marks as a dry run.</summary>
[Collection(ProcessControlDefinition.Name)]
public sealed class RunOverridesDaemonTests
{
    [Fact]
    public async Task RunWithOverrides_OverTheSocket_IsCheckedByTheDaemon_AndAppliedToThatRun()
    {
        var scenario = Scenario.LoadFile(Path.Combine(RepositoryPaths.Root, "tests", "FakeLinkedIn", "scenarios", "demo-fr.yaml"));
        await using var fake = await FakeLinkedInServer.StartAsync(scenario);
        await using var daemon = await ControlDaemon.StartAsync(ControlDaemon.Config(fake.BaseUrl), fake.SessionCookieValue);

        // A client that skipped the CLI's check is refused by the daemon, with the same message, and nothing is queued.
        var client = new ControlClient(Path.Combine(daemon.Environment.RuntimeDirectory, "control.sock"));
        var refused = await client.SendAsync(new ControlRequest("run", "birthday", Overrides: new RunOverrides(MaxDaysLate: 40)), null, CancellationToken.None);
        Assert.False(refused.Ok);
        Assert.Equal(["--max-days-late: '40' is out of range: expected a number from 1 to 30"], refused.Errors);

        var run = await daemon.CliAsync("run", "birthday", "--dry-run", "--wait", "--max-days-late", "2");

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains(run.Stdout, l => l.StartsWith("birthday run ", StringComparison.Ordinal) && l.Contains(": succeeded — dry run: ", StringComparison.Ordinal));
        Assert.Contains(daemon.Process.Stderr, l => l.Contains("\"Overrides\":\"max_days_late 2\"", StringComparison.Ordinal) && l.Contains("\"IsDryRun\":true", StringComparison.Ordinal));
        var history = await daemon.CliAsync("history", "--json");
        Assert.True(history.ExitCode == 0, history.Describe());
        using var runs = JsonDocument.Parse(string.Join('\n', history.Stdout));
        var only = Assert.Single(runs.RootElement.EnumerateArray());
        Assert.Equal(("birthday", "manual", true), (only.GetProperty("bot").GetString(), only.GetProperty("trigger").GetString(), only.GetProperty("dry_run").GetBoolean()));
    }
}
