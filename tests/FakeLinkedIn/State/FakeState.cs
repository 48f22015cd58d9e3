using System.Globalization;
using FakeLinkedIn.Html;

namespace FakeLinkedIn.State;

/// <summary>Everything a request needs: scenario, current world, switches, clock and the action record.</summary>
internal sealed class FakeState
{
    private readonly ClassHasher _classes;
    private readonly ClassHasher _variantClasses;
    private readonly ClassHasher _markupBClasses;

    public FakeState(Scenario scenario, FakeClock clock, FakeFaults faults, FakeActionLog actions)
    {
        Scenario = scenario;
        Clock = clock;
        Faults = faults;
        Actions = actions;
        _classes = new ClassHasher(scenario.ClassSeed);
        _variantClasses = new ClassHasher(scenario.ClassSeed + "/variant");
        _markupBClasses = new ClassHasher(scenario.ClassSeed + "/markup-b");
        World = WorldBuilder.Build(scenario);
        Faults.Merge(FaultJson.FromYaml(scenario.Faults));
    }

    public Scenario Scenario { get; }

    public FakeClock Clock { get; }

    public FakeFaults Faults { get; }

    public FakeActionLog Actions { get; }

    public World World { get; private set; }

    /// <summary>Class names of the current build; the dom_variant switch selects another build, the second markup its own.</summary>
    public ClassHasher Classes => Faults.Markup != "a" ? _markupBClasses : Faults.DomVariant ? _variantClasses : _classes;

    public bool French => Scenario.Language == "fr";

    /// <summary>Restores the scenario's world, switches and date, and clears the action record.</summary>
    public void Reset()
    {
        World = WorldBuilder.Build(Scenario);
        Actions.Clear();
        Faults.Reset();
        Faults.Merge(FaultJson.FromYaml(Scenario.Faults));
        Clock.SetToday(DateOnly.ParseExact(Scenario.Today, "yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>Records an action stamped with the fake clock.</summary>
    public FakeAction Record(string kind, Person? person = null, string? name = null) => Record(new FakeAction
    {
        Kind = kind,
        Timestamp = Clock.GetUtcNow(),
        ProfileSlug = person?.Slug,
        ProfileUrl = person?.CanonicalUrl,
        Name = name ?? person?.Name,
    });

    public FakeAction Record(FakeAction action)
    {
        Actions.Add(action);
        return action;
    }

    /// <summary>True once checkpoint_after_actions state-changing actions have been recorded.</summary>
    public bool CheckpointDue =>
        Faults.CheckpointNow || (Faults.CheckpointAfterActions > 0 && Actions.StateChangingCount >= Faults.CheckpointAfterActions);
}
