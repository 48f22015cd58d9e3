using FakeLinkedIn;
using LinkedInAuto.Browser;
using LinkedInAuto.Configuration;
using LinkedInAuto.Session;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInAuto.Tests.Bots;

/// <summary>The product process is killed with SIGKILL at random moments of birthday runs, 20 times: every eligible contact is still wished exactly once (bots issue, acceptance 2).</summary>
public sealed class BirthdayCrashTests
{
    private const int SigKill = 9;
    private const int Kills = 20;

    [Fact]
    public async Task KilledTwentyTimesDuringRuns_WishesEveryoneExactlyOnce()
    {
        using var directory = new TempDirectory();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), BirthdaySite.Paris).DateTime);
        var people = Enumerable.Range(1, 12).Select(i => new BirthdayPerson($"contact-{i}", $"Contact Numéro{i}", "Contact", i % 3))
            .Append(new BirthdayPerson("not-connected", "Pas Connecté", "Pas", 0, Degree: 2)).ToList();
        await using var fake = await FakeLinkedInServer.StartAsync(Scenario.Parse(BirthdayScenario.Yaml("fr", people)), new FakeServerOptions { Today = today });
        var environment = await PrepareAsync(directory, fake);
        var random = new Random(20261122);

        for (var kill = 0; kill < Kills; kill++)
        {
            var sentBefore = fake.Actions.Snapshot().Count;
            await using var run = AppProcess.Start(["run", "birthday", "--config", directory.File("config.yaml"), "--log-format", "json"], environment);

            // Half the kills land at a random moment of the run, half just after a message left (the riskiest window).
            if (kill % 2 == 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(300, 6000)));
            }
            else
            {
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                await WaitForSendOrExitAsync(fake, run, sentBefore, wait.Token);
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(0, 1500)));
            }

            // A run that already finished (everyone wished) exits on its own; later ones still crash mid-start or mid-harvest.
            run.TrySignal(SigKill);
            await run.WaitForExitAsync(TimeSpan.FromSeconds(10));
            KillOrphans(directory.File("run"));
        }

        var final = await AppProcess.RunAsync(["run", "birthday", "--config", directory.File("config.yaml")], environment, TimeSpan.FromMinutes(3));

        Assert.True(final.ExitCode == 0, final.Describe());
        var sent = fake.Actions.Snapshot().Where(a => a.Kind == FakeActionKinds.MessageSent).ToList();
        var eligible = people.Where(p => p.Degree == 1).Select(p => p.Url).Order(StringComparer.Ordinal);
        Assert.Equal(eligible, sent.Select(a => a.ProfileUrl!).Order(StringComparer.Ordinal));
        var integrity = await AppProcess.RunAsync(["db", "integrity", "--config", directory.File("config.yaml")], environment);
        Assert.True(integrity.ExitCode == 0, integrity.Describe());
    }

    private static async Task WaitForSendOrExitAsync(FakeLinkedInServer fake, AppProcess run, int before, CancellationToken cancellationToken)
    {
        var sent = fake.Actions.WaitForAsync(a => a.Kind == FakeActionKinds.MessageSent && fake.Actions.Snapshot().Count > before, cancellationToken);
        var exited = run.WaitForExitAsync(TimeSpan.FromSeconds(30));
        try
        {
            await Task.WhenAny(sent, exited);
        }
        catch (OperationCanceledException)
        {
        }
    }

    // Until the product's own reaper runs at start, the test removes what a SIGKILL leaves behind: the Playwright driver
    // and Chromium, recognised by the run directory in their command line or environment.
    private static void KillOrphans(string runtimeDirectory)
    {
        foreach (var process in ProcessTree.Snapshot().Where(p => !p.IsZombie && BelongsTo(p, runtimeDirectory)))
        {
            ProcessTree.Signal(process.Identity, ProcessTree.SigKill);
        }
    }

    private static bool BelongsTo(ProcessInfo process, string runtimeDirectory)
    {
        if (process.CommandLine.Contains(runtimeDirectory, StringComparison.Ordinal))
        {
            return true;
        }

        try
        {
            return File.ReadAllText($"/proc/{process.Pid}/environ").Contains(runtimeDirectory, StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static async Task<Dictionary<string, string?>> PrepareAsync(TempDirectory directory, FakeLinkedInServer fake)
    {
        Directory.CreateDirectory(directory.File("messages"));
        await File.WriteAllTextAsync(directory.File("messages/birthday.txt"), "Joyeux anniversaire {first_name} !\n");
        await File.WriteAllTextAsync(directory.File("messages/late.txt"), "Joyeux anniversaire en retard, {first_name} !\n");
        await File.WriteAllTextAsync(directory.File("config.yaml"), $$"""
            time_zone: Europe/Paris
            linkedin:
              base_url: {{fake.BaseUrl.GetLeftPart(UriPartial.Authority)}}
            browser:
              human: { fast: true }
              action_timeout: 10s
            schedule:
              active_hours: { start: "00:00", end: "23:59" }
              days_off: []
            pacing:
              action_delay: { min: 0, max: 0 }
              long_break_every: 0
              throttle_retries: 0
            quotas:
              global_daily: 60
              wish: { daily: 40, weekly: 80 }
            """);
        var directories = new AppDirectories(directory.File("state"), directory.File("run"), null);
        Directory.CreateDirectory(directories.StateDirectory);
        Directory.CreateDirectory(directories.RuntimeDirectory);
        var config = new ConfigStore(directory.File("config.yaml"), ConfigLoader.Load(directory.File("config.yaml"), new Dictionary<string, string>()));
        var collection = new ServiceCollection().AddLogging().AddAppConfiguration(config, directories);
        LinkedInAuto.Session.SessionServiceCollectionExtensions.AddSession(collection); // ASP.NET Core has an AddSession too
        await using (var services = collection.BuildServiceProvider())
        {
            await services.GetRequiredService<SessionImporter>().ImportLiAtAsync(fake.SessionCookieValue, CancellationToken.None);
        }

        return new Dictionary<string, string?> { ["STATE_DIRECTORY"] = directories.StateDirectory, ["RUNTIME_DIRECTORY"] = directories.RuntimeDirectory };
    }
}
