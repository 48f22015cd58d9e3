namespace LinkedInAuto.Tests.Storage;

/// <summary>Runs the real `linkedin-auto` executable on a <see cref="TestStorage"/>'s state directory with a given config file.</summary>
internal static class StorageCli
{
    public static Task<ChildProcess> RunAsync(TestStorage storage, string config, params string[] arguments) => ChildProcess.RunAsync(
        TestBinaries.Cli,
        [.. arguments, "--config", config],
        new Dictionary<string, string> { ["STATE_DIRECTORY"] = storage.Directories.StateDirectory, ["RUNTIME_DIRECTORY"] = storage.Directories.RuntimeDirectory });
}
