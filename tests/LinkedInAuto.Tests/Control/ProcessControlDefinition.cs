namespace LinkedInAuto.Tests.Control;

/// <summary>Tests that start real daemons with browsers, or signal processes by name: alone, after the parallel tests,
/// so a reaper never meets another test's browser and the 5-second stop budget is not shared with other work.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessControlDefinition
{
    /// <summary>The collection's name.</summary>
    public const string Name = "daemon processes and reaper";
}
