using LinkedInAuto.Bots.Birthday;
using LinkedInAuto.Bots.Invitations;
using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Bots.Safety;
using LinkedInAuto.Bots.Visitor;
using LinkedInAuto.Engine;
using LinkedInAuto.Pages.Selectors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LinkedInAuto.Bots;

/// <summary>Registers the bots, their safety rules and the runner (needs storage and the engine).</summary>
public static class BotsServiceCollectionExtensions
{
    /// <summary>Adds the three bots, the quota gate, the run guards, the runner and persisted selector statistics.</summary>
    public static IServiceCollection AddBots(this IServiceCollection services)
    {
        services.AddSingleton<SelectorStatisticsRecorder>();
        services.Replace(ServiceDescriptor.Singleton<ISelectorStatistics>(provider => provider.GetRequiredService<SelectorStatisticsRecorder>()));
        services.TryAddSingleton<QuotaGate>();
        services.TryAddSingleton<RunGuards>();
        services.TryAddSingleton<BotRunner>();
        services.AddSingleton<IBot, BirthdayBot>();
        services.AddSingleton<IBot, InvitationsBot>();
        services.AddSingleton<IBot, VisitorBot>();
        return services;
    }
}
