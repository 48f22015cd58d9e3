using LinkedInAuto.Cli;
using NetArchTest.Rules;

namespace LinkedInAuto.Tests.Architecture;

/// <summary>The areas depend on each other one way only (docs/architecture.md, "Areas and the direction of their dependencies").</summary>
public sealed class DependencyTests
{
    // Top tier first. An area may use the areas of lower tiers, and of its own tier only as listed in s_sameTier.
    private static readonly string[][] s_tiers =
    [
        ["Cli", "Daemon", "Web"],
        ["Control", "Doctor", "Alerts", "Metrics", "Reaper"],
        ["Scheduling"],
        ["Bots"],
        ["Engine", "Pages", "Browser", "Session"],
        ["Storage", "Configuration", "Logging", "Systemd", "SystemBus", "Platform"],
    ];

    private static readonly Dictionary<string, string[]> s_sameTier = new(StringComparer.Ordinal)
    {
        ["Cli"] = ["Daemon", "Web"],
        ["Control"] = ["Reaper"],
        ["Doctor"] = ["Reaper"],
        ["Metrics"] = ["Reaper"],
        ["Engine"] = ["Pages", "Browser", "Session"],
        ["Storage"] = ["Configuration", "Platform"],
        ["Logging"] = ["Configuration", "Systemd", "Platform"],
        ["Configuration"] = ["Platform"],
        ["Systemd"] = ["Platform"],
        ["SystemBus"] = ["Platform"],
    };

    public static TheoryData<string> Areas => [.. s_tiers.SelectMany(t => t)];

    [Theory]
    [MemberData(nameof(Areas))]
    public void Area_DependsOnlyOnLowerTiersAndItsListedNeighbours(string area)
    {
        var tier = Array.FindIndex(s_tiers, t => t.Contains(area));
        var allowedNeighbours = s_sameTier.GetValueOrDefault(area, []);
        var forbidden = s_tiers.Take(tier).SelectMany(t => t)
            .Concat(s_tiers[tier].Where(a => a != area && !allowedNeighbours.Contains(a)))
            .Select(a => "LinkedInAuto." + a)
            .ToArray();

        var result = Types.InAssembly(typeof(CliApplication).Assembly)
            .That().ResideInNamespace("LinkedInAuto." + area)
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{area} must not use {string.Join(", ", forbidden)}; these types do: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void EveryArea_IsPlacedInATier()
    {
        var namespaces = typeof(CliApplication).Assembly.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith("LinkedInAuto.", StringComparison.Ordinal))
            .Select(n => n.Split('.')[1])
            .Distinct(StringComparer.Ordinal);

        Assert.All(namespaces, area => Assert.Contains(area, s_tiers.SelectMany(t => t)));
    }
}
