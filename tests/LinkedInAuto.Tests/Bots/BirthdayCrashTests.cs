using FakeLinkedIn;
using LinkedInAuto.Browser;
using LinkedInAuto.Tests.Control;
using LinkedInAuto.Tests.Daemon;

namespace LinkedInAuto.Tests.Bots;

/// <summary>The daemon is killed with SIGKILL at random moments of birthday runs it was asked for over its control socket,
/// 20 times, and restarted: every eligible contact is still wished exactly once (bots issue, acceptance 2).</summary>
[Collection(ProcessControlDefinition.Name)]
public sealed class BirthdayCrashTests
{
    private const int SigKill = 9;
    private const int Kills = 20;

    private const int Eligible = 12;
    private const int WishDailyLimit = 40;

    [Fact]
    public async Task KilledTwentyTimesDuringRuns_WishesEveryoneExactlyOnce()
    {
        using var environment = new DaemonTestEnvironment();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), BirthdaySite.Paris).DateTime);
        var people = Enumerable.Range(1, Eligible).Select(i => new BirthdayPerson($"contact-{i}", $"Contact Numéro{i}", "Contact", i % 3))
            .Append(new BirthdayPerson("not-connected", "Pas Connecté", "Pas", 0, Degree: 2)).ToList();
        await using var fake = await FakeLinkedInServer.StartAsync(Scenario.Parse(BirthdayScenario.Yaml("fr", people)), new FakeServerOptions { Today = today });
        await PrepareAsync(environment, fake);
        var random = new Random(20261122);

        for (var kill = 0; kill < Kills; kill++)
        {
            var sentBefore = fake.Actions.Snapshot().Count;
            // Disposed at the end of each round: the driver and Chromium the killed daemon left go with it.
            await using var daemon = await ControlDaemon.StartInAsync(environment);
            // `run --wait` follows the queued run over the control socket and exits when it ends (or when the daemon dies).
            await using var client = AppProcess.Start(["run", "birthday", "--wait", "--config", environment.ConfigPath], environment.Environment());

            // Half the kills land at a random moment of the run (start, harvest, resolution, typing, sending: the first
            // send comes about 10 s after the request), half just after a message left (the riskiest window).
            if (kill % 2 == 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(300, 12000)));
            }
            else
            {
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                await WaitForSendOrEndAsync(fake, client, sentBefore, wait.Token);
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(0, 1500)));
            }

            // Once everyone is wished, later runs end quickly; the daemon is then killed idle or mid-harvest.
            Assert.True(daemon.Process.TrySignal(SigKill), "the daemon died on its own:\n" + daemon.Process.Describe());
            await daemon.Process.WaitForExitAsync(TimeSpan.FromSeconds(10));
        }

        await using (var daemon = await ControlDaemon.StartInAsync(environment))
        {
            var final = await AppProcess.RunAsync(["run", "birthday", "--wait", "--config", environment.ConfigPath], environment.Environment(), TimeSpan.FromMinutes(3));
            Assert.True(final.ExitCode == 0, final.Describe() + "\ndaemon:\n" + daemon.Process.Describe());
            var status = await daemon.StatusAsync();
            var wish = status.GetProperty("quotas").EnumerateArray().Single(q => q.GetProperty("kind").GetString() == "wish");
            // Every message that left is counted (an attempt cut short by a kill stays counted: the ledger errs on the
            // safe side), and the count never passed the limit.
            var used = wish.GetProperty("used_today").GetInt32();
            Assert.InRange(used, fake.Actions.Snapshot().Count(a => a.Kind == FakeActionKinds.MessageSent), WishDailyLimit);
            daemon.Process.Signal(ProcessTree.SigTerm);
            await daemon.Process.WaitForExitAsync(TimeSpan.FromSeconds(20));
            Assert.True(daemon.Process.ExitCode == 0, daemon.Process.Describe());
        }

        var sent = fake.Actions.Snapshot().Where(a => a.Kind == FakeActionKinds.MessageSent).ToList();
        var eligible = people.Where(p => p.Degree == 1).Select(p => p.Url).Order(StringComparer.Ordinal);
        Assert.Equal(eligible, sent.Select(a => a.ProfileUrl!).Order(StringComparer.Ordinal));
        var integrity = await AppProcess.RunAsync(["db", "integrity", "--config", environment.ConfigPath], environment.Environment());
        Assert.True(integrity.ExitCode == 0, integrity.Describe());
    }

    private static async Task WaitForSendOrEndAsync(FakeLinkedInServer fake, AppProcess client, int before, CancellationToken cancellationToken)
    {
        var sent = fake.Actions.WaitForAsync(a => a.Kind == FakeActionKinds.MessageSent && fake.Actions.Snapshot().Count > before, cancellationToken);
        var ended = client.WaitForExitAsync(TimeSpan.FromSeconds(30));
        try
        {
            // Once everyone is wished, the run ends without sending: the kill then lands on an idle daemon.
            await await Task.WhenAny(sent, ended);
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException)
        {
        }
    }

    private static async Task PrepareAsync(DaemonTestEnvironment environment, FakeLinkedInServer fake)
    {
        var messages = Path.Combine(Path.GetDirectoryName(environment.ConfigPath)!, "messages");
        await File.WriteAllTextAsync(Path.Combine(messages, "birthday.txt"), "Joyeux anniversaire {first_name} !\n");
        await File.WriteAllTextAsync(Path.Combine(messages, "late.txt"), "Joyeux anniversaire en retard, {first_name} !\n");
        environment.WriteConfig($$"""
            time_zone: Europe/Paris
            linkedin:
              base_url: {{fake.BaseUrl.GetLeftPart(UriPartial.Authority)}}
            browser:
              human: { fast: true }
              action_timeout: 10s
            schedule:
              active_hours: { start: "00:00", end: "24:00" }
              days_off: []
              jitter: 0s
              catch_up: false
              birthday: { cron: "0 3 1 1 *" }
              invitations: { enabled: false }
              visitor: { enabled: false }
            pacing:
              action_delay: { min: 0, max: 0 }
              long_break_every: 0
              throttle_retries: 0
            quotas:
              global_daily: 60
              wish: { daily: {{WishDailyLimit}}, weekly: 80 }
            memory:
              min_available_mb: 100
            """);
        await ControlDaemon.ImportSessionAsync(environment, fake.SessionCookieValue);
    }
}
