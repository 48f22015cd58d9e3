using LinkedInAuto.Bots.Runs;

namespace LinkedInAuto.Bots;

/// <summary>One bot: a short script over the engine's vocabulary (navigate, classify, find, act, verify).</summary>
public interface IBot
{
    /// <summary>Gets the bot's name as used in config, CLI and logs: `birthday`, `invitations`, `visitor`.</summary>
    string Name { get; }

    /// <summary>Runs once; dangers surface as exceptions the runner turns into account state, cool-downs and run outcomes.</summary>
    Task RunAsync(BotRun run, CancellationToken cancellationToken);
}
