namespace LinkedInAuto.Tests.Storage;

/// <summary>Tests that start many child processes run one at a time, so they do not starve each other of the two cores.</summary>
[CollectionDefinition(Name)]
public sealed class ChildProcessTestGroup
{
    public const string Name = "Storage child processes";
}
