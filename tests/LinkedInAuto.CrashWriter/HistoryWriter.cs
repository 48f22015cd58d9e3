using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInAuto.CrashWriter;

/// <summary>Writes the kinds of transactions the bots write, in the order they write them, as fast as it can.</summary>
internal sealed class HistoryWriter(IServiceProvider services, int writerId)
{
    private readonly RunStore _runs = services.GetRequiredService<RunStore>();
    private readonly WishLedger _wishes = services.GetRequiredService<WishLedger>();
    private readonly VisitStore _visits = services.GetRequiredService<VisitStore>();
    private readonly InvitationStore _invitations = services.GetRequiredService<InvitationStore>();

    /// <summary>Runs whole cycles (a run of <paramref name="wishesPerRun"/> wishes) until <paramref name="stop"/> fires or <paramref name="cycles"/> are done, printing `intent ID` and `sent ID` after each commit returned.</summary>
    /// <remarks>Store calls get no token: like a bot, the writer stops between steps, never inside one.</remarks>
    public async Task RunAsync(TextWriter output, CancellationToken stop, int cycles = int.MaxValue, int wishesPerRun = 10)
    {
        var birthday = new DateOnly(2026, 6, 1);
        for (var (n, cycle) = (0, 0); cycle < cycles && (cycle == 0 || !stop.IsCancellationRequested); cycle++)
        {
            var run = await _runs.StartAsync("crash-writer", RunTrigger.Manual, CancellationToken.None);
            await output.WriteLineAsync($"run {run}");
            for (var i = 0; i < wishesPerRun; i++, n++)
            {
                var url = $"https://www.linkedin.com/in/writer-{writerId}-{n}/";
                var wish = await _wishes.RecordIntentAsync(new WishIntent(url, $"Contact {n}", birthday, n % 3, "birthday.txt:1", $"Joyeux anniversaire {n} !", run), CancellationToken.None);
                await output.WriteLineAsync($"intent {wish}");
                await _wishes.MarkSentAsync(wish, $"Happy birthday, contact {n}!", CancellationToken.None);
                await output.WriteLineAsync($"sent {wish}");
                await _visits.RecordAsync(url, null, run, cancellationToken: CancellationToken.None);
                var invitation = await _invitations.RecordIntentAsync(new InvitationIntent(url, null, InvitationAction.Accept, "min_mutual", run), CancellationToken.None);
                await _invitations.MarkDoneAsync(invitation, CancellationToken.None);
            }

            await _runs.FinishAsync(run, RunOutcome.Succeeded, new RunCounts(wishesPerRun, 0, 0), cancellationToken: CancellationToken.None);
            await output.WriteLineAsync($"finished {run}");
        }
    }
}
