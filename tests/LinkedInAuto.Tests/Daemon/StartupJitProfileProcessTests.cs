using System.Text.Json;
using LinkedInAuto.Tests.Systemd;

namespace LinkedInAuto.Tests.Daemon;

/// <summary>The start-up JIT profile of the published daemon (docs/startup.md): kept once per build in
/// `$CACHE_DIRECTORY` from an ordinary start, replayed without being written again, and never a reason for a start
/// to fail.</summary>
public sealed class StartupJitProfileProcessTests
{
    private const int SigTerm = 15;
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private static readonly TimeSpan s_startBudget = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan s_stopBudget = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Daemon_KeepsItsStartupJitProfileOncePerBuild_AndReplaysItWithoutWritingItAgain()
    {
        using var env = DebugLoggingEnvironment();
        var earlierBuild = Path.Combine(env.CacheDirectory, "daemon-start-" + new string('0', 32) + ".jitprofile");
        await File.WriteAllTextAsync(earlierBuild, "the profile of an earlier build");

        // The first start creates the history: not what an ordinary start compiles, so nothing is kept from it.
        Assert.Equal("not kept: this start created or migrated the history; the next start records again", await StartAndStopAsync(env));
        Assert.Equal([earlierBuild], Directory.GetFiles(env.CacheDirectory));
        Assert.Empty(LeftInRuntimeDirectory(env));

        var ordinary = await StartAndStopAsync(env);
        Assert.StartsWith("kept for the next start: ", ordinary, StringComparison.Ordinal);
        var kept = ordinary["kept for the next start: ".Length..];
        Assert.Equal(env.CacheDirectory, Path.GetDirectoryName(kept));
        Assert.Equal([kept], Directory.GetFiles(env.CacheDirectory));
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(kept));
        Assert.NotEmpty(await File.ReadAllBytesAsync(kept));
        Assert.Empty(LeftInRuntimeDirectory(env));

        var content = await File.ReadAllBytesAsync(kept);
        var written = File.GetLastWriteTimeUtc(kept);
        var second = await StartAndStopAsync(env);
        Assert.Equal("replayed " + kept, second);
        Assert.Equal(content, await File.ReadAllBytesAsync(kept));
        Assert.Equal(written, File.GetLastWriteTimeUtc(kept));
        Assert.Equal([kept], Directory.GetFiles(env.CacheDirectory));
        Assert.Empty(LeftInRuntimeDirectory(env));
    }

    [Theory]
    [InlineData("random bytes")]
    [InlineData("truncated")]
    [InlineData("empty")]
    public async Task Daemon_WithADamagedStartupJitProfile_StartsAndStopsCleanly(string damage)
    {
        using var env = DebugLoggingEnvironment();
        await StartAndStopAsync(env); // creates the history
        var kept = (await StartAndStopAsync(env))["kept for the next start: ".Length..];
        var good = await File.ReadAllBytesAsync(kept);
        await File.WriteAllBytesAsync(kept, damage switch
        {
            "random bytes" => RandomBytes(good.Length),
            "truncated" => good[..(good.Length / 2)],
            _ => [],
        });

        Assert.Equal("replayed " + kept, await StartAndStopAsync(env));
    }

    [Fact]
    public async Task Daemon_WhoseCacheCannotBeWritten_StartsAndSaysWhyNothingWasKept()
    {
        using var env = DebugLoggingEnvironment();
        await StartAndStopAsync(env); // creates the history
        var notADirectory = Path.Combine(env.CacheDirectory, "file");
        await File.WriteAllTextAsync(notADirectory, "a file where the cache should be");

        var outcome = await StartAndStopAsync(env, ("CACHE_DIRECTORY", Path.Combine(notADirectory, "cache")));

        Assert.StartsWith("not kept: ", outcome, StringComparison.Ordinal);
    }

    private static DaemonTestEnvironment DebugLoggingEnvironment()
    {
        var env = new DaemonTestEnvironment();
        env.WriteConfig(File.ReadAllText(RepositoryPaths.ShippedConfig).Replace("  level: information", "  level: debug", StringComparison.Ordinal));
        return env;
    }

    /// <summary>Starts the daemon, waits for READY=1 and for the profile's outcome, stops it, and returns the outcome.</summary>
    private static async Task<string> StartAndStopAsync(DaemonTestEnvironment env, params (string Name, string? Value)[] extra)
    {
        await using var listener = NotifySocketListener.BindPath();
        await using var daemon = AppProcess.Start(["daemon", "--config", env.ConfigPath, "--log-format", "json"], env.Environment([.. extra, ("NOTIFY_SOCKET", listener.Address)]));
        await listener.WaitForMessageAsync(m => m.Contains("READY=1", StringComparison.Ordinal), s_startBudget);
        var line = await daemon.WaitForStderrAsync(l => l.Contains("\"JitProfileOutcome\":", StringComparison.Ordinal), s_startBudget);

        daemon.Signal(SigTerm);
        await daemon.WaitForExitAsync(s_stopBudget);
        Assert.True(daemon.ExitCode == 0, daemon.Describe());

        using var json = JsonDocument.Parse(line);
        return json.RootElement.GetProperty("JitProfileOutcome").GetString()!;
    }

    /// <summary>The runtime's working copies left in `$RUNTIME_DIRECTORY/jit` (tmpfs is RAM): none once a start is over.</summary>
    private static string[] LeftInRuntimeDirectory(DaemonTestEnvironment env)
    {
        var work = Path.Combine(env.RuntimeDirectory, "jit");
        return Directory.Exists(work) ? Directory.GetFiles(work) : [];
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }
}
