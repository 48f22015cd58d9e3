using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Storage;

namespace LinkedInAuto.Bots.Invitations;

/// <summary>Handles invitations: received ones by the configured rules, then stale sent ones withdrawn; each half can be disabled.</summary>
public sealed class InvitationsBot(InvitationStore invitations, BlacklistStore blacklistStore) : IBot
{
    /// <summary>How long a list may take to grow after a scroll.</summary>
    public static readonly TimeSpan GrowthWait = TimeSpan.FromSeconds(2);

    /// <inheritdoc/>
    public string Name => "invitations";

    /// <inheritdoc/>
    public async Task RunAsync(BotRun run, CancellationToken cancellationToken)
    {
        var options = run.Config.Invitations;
        if (!options.Received.Enabled && !options.Sent.Enabled)
        {
            run.Stop("invitations.received.enabled and invitations.sent.enabled are both false");
            return;
        }

        var blacklist = await Blacklist.LoadAsync(run.Config, blacklistStore, cancellationToken);
        if (options.Received.Enabled && !await new ReceivedInvitations(run, invitations, blacklist).RunAsync(cancellationToken))
        {
            return;
        }

        if (options.Sent.Enabled)
        {
            await new SentInvitations(run, invitations, blacklist).RunAsync(cancellationToken);
        }
    }
}
