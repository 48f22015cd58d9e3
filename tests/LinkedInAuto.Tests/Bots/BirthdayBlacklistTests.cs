using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Storage.Entities;
using LinkedInAuto.Tests.Storage;

namespace LinkedInAuto.Tests.Bots;

/// <summary>`linkedin-auto blacklist add` then a birthday run: the member is skipped with reason "blacklisted" (issue 15, acceptance 4).</summary>
[Collection(ChildProcessTestGroup.Name)]
public sealed class BirthdayBlacklistTests
{
    // A Wednesday at 10:00 in Paris.
    private static readonly DateTimeOffset s_now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task BlacklistAddFromTheCli_ThenARun_SkipsThoseMembersAsBlacklisted()
    {
        await using var site = await StartSiteAsync();
        var (config, environment) = await CliFilesAsync(site);

        using var byUrl = await ChildProcess.RunAsync(TestBinaries.Cli, ["blacklist", "add", "https://fr.linkedin.com/in/Paul-Martin/?trk=x", "--reason", "asked", "--config", config], environment);
        using var byName = await ChildProcess.RunAsync(TestBinaries.Cli, ["blacklist", "add", "may chen", "--config", config], environment);
        Assert.True(byUrl.ExitCode == 0, byUrl.Error);
        Assert.True(byName.ExitCode == 0, byName.Error);

        var run = await site.RunAsync("birthday");

        Assert.Equal(RunOutcome.Succeeded, run.Outcome);
        string[] blacklisted = ["https://www.linkedin.com/in/paul-martin/", "https://www.linkedin.com/in/may-chen/"];
        var expected = BirthdayScenario.People.Where(p => p.Degree == 1 && p.DaysAgo <= 10 && !blacklisted.Contains(p.Url)).Select(p => p.Url).Order(StringComparer.Ordinal);
        Assert.Equal(expected, site.Sent.Select(a => a.ProfileUrl!).Order(StringComparer.Ordinal));
        foreach (var url in blacklisted)
        {
            Assert.Contains(site.Product.Events.Actions, e => (string?)e.Properties["ProfileUrl"] == url
                && (string?)e.Properties["Action"] == "wish" && e.Properties["Result"]?.ToString() == "Skipped" && (string?)e.Properties["Detail"] == "blacklisted");
        }
    }

    [Fact]
    public async Task BlacklistAddDuringARun_CountsFromTheNextDecision()
    {
        await using var site = await StartSiteAsync();
        var (config, environment) = await CliFilesAsync(site);

        // Cards are decided from today's to the latest: Lucas (10 days late) comes last. The CLI adds him while the run
        // reports its first action; the run waits for that report, so the entry is committed before any later decision.
        const string Lucas = "https://www.linkedin.com/in/lucas-girard/";
        var added = new AddOnFirstReport(() => ChildProcess.RunAsync(TestBinaries.Cli, ["blacklist", "add", Lucas, "--config", config], environment));
        var run = await site.Get<BotRunner>().RunAsync(new RunRequest("birthday", RunTrigger.Manual), added, CancellationToken.None);

        Assert.Equal(RunOutcome.Succeeded, run.Outcome);
        Assert.True(added.ExitCode == 0, "blacklist add failed");
        Assert.DoesNotContain(site.Sent, a => a.ProfileUrl == Lucas);
        Assert.Contains(site.Product.Events.Actions, e => (string?)e.Properties["ProfileUrl"] == Lucas && (string?)e.Properties["Detail"] == "blacklisted");
        Assert.Equal(BirthdayScenario.People.Count(p => p.Degree == 1 && p.DaysAgo <= 10) - 1, site.Sent.Count);
    }

    private static Task<BirthdaySite> StartSiteAsync() => BirthdaySite.StartAsync(
        BirthdayScenario.Yaml("en"), s_now, ("Happy birthday {first_name}!\n", "Happy belated birthday, {first_name}!\n"), config => config.Birthday.MaxDaysLate = 10);

    // The CLI's own config file and the state and runtime directories the run's product uses.
    private static async Task<(string Config, Dictionary<string, string> Environment)> CliFilesAsync(BirthdaySite site)
    {
        var config = Path.Combine(site.Product.Root, "cli-config.yaml");
        await File.WriteAllTextAsync(config, "time_zone: Europe/Paris\n");
        var environment = new Dictionary<string, string>
        {
            ["STATE_DIRECTORY"] = Path.Combine(site.Product.Root, "state"),
            ["RUNTIME_DIRECTORY"] = Path.Combine(site.Product.Root, "run"),
        };
        return (config, environment);
    }

    // Runs the CLI synchronously inside the run's first progress report (BotRun.Record reports before the next card).
    private sealed class AddOnFirstReport(Func<Task<ChildProcess>> add) : IProgress<RunProgress>
    {
        private int _reports;

        public int? ExitCode { get; private set; }

        public void Report(RunProgress value)
        {
            if (Interlocked.Increment(ref _reports) == 1)
            {
                using var child = add().GetAwaiter().GetResult();
                ExitCode = child.ExitCode;
            }
        }
    }
}
