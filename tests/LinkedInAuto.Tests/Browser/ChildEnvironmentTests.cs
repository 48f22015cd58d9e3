using LinkedInAuto.Browser;

namespace LinkedInAuto.Tests.Browser;

/// <summary>Tests that set systemd's variables in this process: they run alone, after every parallel test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentDefinition
{
    /// <summary>The collection's name.</summary>
    public const string Name = "process environment";
}

[Collection(ProcessEnvironmentDefinition.Name)]
public sealed class ChildEnvironmentTests
{
    private static readonly Dictionary<string, string> s_systemd = new()
    {
        ["NOTIFY_SOCKET"] = "/run/systemd/notify",
        ["WATCHDOG_USEC"] = "30000000",
        ["WATCHDOG_PID"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task StartAsync_UnderSystemd_DriverAndChromiumDoNotInheritNotifyOrWatchdog()
    {
        var runtime = Directory.CreateTempSubdirectory("linkedin-auto-browser-").FullName;
        await using var server = await TestWebServer.StartAsync();
        foreach (var (name, value) in s_systemd)
        {
            Environment.SetEnvironmentVariable(name, value);
        }

        try
        {
            var launcher = BrowserTestConfig.Launcher(BrowserTestConfig.Config(server.BaseUrl), runtime, new ActiveBrowserRegistry());
            await using var session = await launcher.StartAsync("environment", CancellationToken.None);
            await session.Navigator.GotoAsync("/");

            var environments = session.ProcessIds.ToDictionary(pid => pid, TreeAssert.EnvironmentOf);
            var driver = environments[session.DriverProcessId];
            Assert.Equal(ChildEnvironment.DriverNodeOptions, driver["NODE_OPTIONS"]);
            Assert.Equal("environment", driver[ChildEnvironment.RunIdVariable]);

            // The browser and most helpers are readable; every one that is must be clean.
            Assert.True(environments.Count(e => e.Value.ContainsKey(ChildEnvironment.RunIdVariable)) >= 3);
            Assert.All(environments, e => Assert.DoesNotContain(e.Value.Keys, k => s_systemd.ContainsKey(k)));
            Assert.All(environments.Where(e => e.Key != session.DriverProcessId), e => Assert.False(e.Value.ContainsKey("NODE_OPTIONS")));

            // Ours is intact.
            Assert.All(s_systemd, kv => Assert.Equal(kv.Value, Environment.GetEnvironmentVariable(kv.Key)));
            Assert.Null(Environment.GetEnvironmentVariable(ChildEnvironment.RunIdVariable));
        }
        finally
        {
            foreach (var name in s_systemd.Keys)
            {
                Environment.SetEnvironmentVariable(name, null);
            }

            Directory.Delete(runtime, recursive: true);
        }
    }

    [Fact]
    public void ForChromium_AnyEnvironment_DropsOurVariablesAndPointsTempAndCrashesIntoTheRun()
    {
        var paths = BrowserRunPaths.For("/run/linkedin-auto", "r1", string.Empty);
        var ours = new Dictionary<string, string>(s_systemd) { ["NODE_OPTIONS"] = "--x", ["LISTEN_FDS"] = "1", ["HOME"] = "/var/lib/linkedin-auto" };

        var env = ChildEnvironment.ForChromium(ours, paths);

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["HOME"] = "/var/lib/linkedin-auto",
                ["TMPDIR"] = "/run/linkedin-auto/browser-r1",
                ["BREAKPAD_DUMP_LOCATION"] = "/run/linkedin-auto/browser-r1/crash",
                [ChildEnvironment.RunIdVariable] = "r1",
            },
            env);
    }
}
