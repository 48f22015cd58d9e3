namespace FakeLinkedIn.Tests;

/// <summary>Scenario files: the shipped ones load, bad ones are reported with source and line.</summary>
public sealed class ScenarioTests
{
    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void DemoScenario_Loads(string lang)
    {
        var scenario = Infrastructure.Scenarios.Demo(lang);
        Assert.Equal(lang, scenario.Language);
        Assert.Contains(scenario.People, p => p.Name == "Lindsay Adams");
        Assert.Equal(2, scenario.People.Count(p => p.Name == "Marie Martin"));
    }

    [Fact]
    public void Parse_BadIndentation_NamesSourceAndLine()
    {
        const string Yaml = "language: fr\npeople:\n  - slug: a\n    name: A\n   degree: 1\n";
        var e = Assert.Throws<ScenarioException>(() => Scenario.Parse(Yaml, "bad.yaml"));
        Assert.Equal(5, e.Line);
        Assert.StartsWith("bad.yaml(5,", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownKey_NamesLine()
    {
        var e = Assert.Throws<ScenarioException>(() => Scenario.Parse("language: fr\nbirthdayz: 3\n", "keys.yaml"));
        Assert.Equal(2, e.Line);
        Assert.Contains("birthdayz", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidValue_NamesLineOfTheNode()
    {
        const string Yaml = "language: en\npeople:\n  - slug: a\n    name: A\n  - slug: b\n    name: B\n    degree: 5\n";
        var e = Assert.Throws<ScenarioException>(() => Scenario.Parse(Yaml, "values.yaml"));
        Assert.Equal(7, e.Line);
        Assert.Contains("degree must be 1, 2 or 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownFaultSwitch_IsRejected()
    {
        var e = Assert.Throws<ScenarioException>(() => Scenario.Parse("language: en\nfaults:\n  sesion_expired: true\n", "faults.yaml"));
        Assert.Equal(3, e.Line);
        Assert.Contains("sesion_expired", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_UnknownInvitee_NamesFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"scenario-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "language: fr\npeople:\n  - { slug: a, name: A }\nsent_invitations:\n  - { to: nobody, sent_days_ago: 3 }\n");
        try
        {
            var e = Assert.Throws<ScenarioException>(() => Scenario.LoadFile(path));
            Assert.StartsWith($"{path}(5,", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
