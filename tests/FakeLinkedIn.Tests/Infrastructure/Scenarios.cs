namespace FakeLinkedIn.Tests.Infrastructure;

/// <summary>The shipped scenarios, copied next to the test assembly by the build.</summary>
public static class Scenarios
{
    public static string PathOf(string lang) => Path.Combine(AppContext.BaseDirectory, "scenarios", $"demo-{lang}.yaml");

    /// <summary>A fresh copy of the demo scenario in <paramref name="lang"/> ("fr" or "en").</summary>
    public static Scenario Demo(string lang) => Scenario.LoadFile(PathOf(lang));

    /// <summary>The demo scenario with changes applied (e.g. another class seed).</summary>
    public static Scenario Demo(string lang, Action<Scenario> change)
    {
        var scenario = Demo(lang);
        change(scenario);
        return scenario;
    }
}
