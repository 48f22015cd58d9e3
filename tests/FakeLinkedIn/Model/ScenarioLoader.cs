using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace FakeLinkedIn;

/// <summary>Turns YAML into a validated <see cref="Scenario"/>, reporting problems with source and line.</summary>
internal static class ScenarioLoader
{
    private static readonly IDeserializer s_deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static Scenario Parse(string yaml, string sourceName)
    {
        Scenario? scenario;
        try
        {
            scenario = s_deserializer.Deserialize<Scenario>(yaml);
        }
        catch (YamlException e)
        {
            // YamlDotNet wraps type errors; the innermost message says what is wrong, the mark says where.
            var message = e.InnerException?.Message ?? e.Message;
            throw new ScenarioException(sourceName, (int)e.Start.Line, (int)e.Start.Column, message, e);
        }

        scenario ??= new Scenario();
        var problem = ScenarioValidator.FindProblem(scenario);
        if (problem is not null)
        {
            var (line, column) = YamlLineLocator.Locate(yaml, problem.Path);
            throw new ScenarioException(sourceName, line, column, problem.Message);
        }

        return scenario;
    }
}
