using System.Text.Json;
using LinkedInAuto.Configuration;
using LinkedInAuto.Control;
using LinkedInAuto.Scheduling;
using LinkedInAuto.Storage.Entities;
using LinkedInAuto.Tests.Storage;

namespace LinkedInAuto.Tests.Control;

/// <summary>`run`'s one-off options: checked like the config keys they stand for (message naming the option, usage exit code), and carried to the daemon's queue intact.</summary>
[Collection(ChildProcessTestGroup.Name)]
public sealed class RunOptionsTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Theory]
    [InlineData("birthday --max-days-late 40", "--max-days-late: '40' is out of range: expected a number from 1 to 30")]
    [InlineData("visitor --limit 0", "--limit: '0' is out of range: expected a number from 1 to 150")]
    [InlineData("visitor --location atlantis", "--location: 'atlantis' is not valid: expected a numeric geo id or a name defined under visitor.locations")]
    [InlineData("visitor --keywords (AWS", "--keywords: '(AWS' is not valid: expected balanced parentheses and quotes")]
    [InlineData("invitations --limit 3", "--limit: applies to the visitor bot only, not to invitations")]
    [InlineData("visitor --limit many", "--limit")]
    public async Task BadValue_ExitsWithUsageCode_NamingTheOption(string arguments, string expected)
    {
        var config = _root.File("config.yaml");
        await File.WriteAllTextAsync(config, "time_zone: Europe/Paris\nvisitor:\n  locations:\n    paris: \"105015875\"\n  searches:\n    - keywords: DevOps\n");
        Directory.CreateDirectory(_root.File("state"));

        using var run = await ChildProcess.RunAsync(
            TestBinaries.Cli,
            ["run", .. arguments.Split(' '), "--config", config],
            new Dictionary<string, string> { ["STATE_DIRECTORY"] = _root.File("state"), ["RUNTIME_DIRECTORY"] = _root.File("run") });

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("running in the foreground", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Overrides_TravelOnTheSocketAndThroughTheQueue()
    {
        var overrides = new RunOverrides(MaxDaysLate: null, Keywords: "DevOps \"SRE\"", Location: "paris", Limit: 4);
        var line = JsonSerializer.Serialize(new ControlRequest("run", "visitor", Overrides: overrides), ControlJsonContext.Default.ControlRequest);
        var received = JsonSerializer.Deserialize(line, ControlJsonContext.Default.ControlRequest)!;
        Assert.Equal(overrides, received.Overrides);

        var queued = new QueuedRun("visitor", RunTrigger.Manual, DryRun: false, Ticket: 7, Slot: null, received.Overrides);
        Assert.Equal(overrides, QueuedRun.From(queued.ToJobData()).Request.Overrides);
        Assert.Null(QueuedRun.From(new QueuedRun("birthday", RunTrigger.Schedule, false, 0, null).ToJobData()).Overrides);
    }
}
