using LinkedInAuto.Tests.Configuration;
using LinkedInAuto.Tests.Systemd;

namespace LinkedInAuto.Tests.Daemon;

/// <summary>Every broken configuration is refused by the real executable: `config check` exits 1 naming key and position, the daemon never says READY.</summary>
public sealed class BadConfigProcessTests
{
    public static TheoryData<BadConfigCase> Cases() => [.. BadConfigCases.All];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ConfigCheckAndDaemon_RejectBadConfig(BadConfigCase bad)
    {
        using var env = new DaemonTestEnvironment();
        env.WriteConfig(bad.Yaml);

        var check = await AppProcess.RunAsync(["config", "check", "--config", env.ConfigPath], env.Environment());

        Assert.Equal(1, check.ExitCode);
        var expected = $"{env.ConfigPath}:{bad.Line}:{bad.Column}: " + (bad.Path.Length > 0 ? bad.Path + ": " : string.Empty);
        Assert.Contains(check.Stderr, l => l.Contains(expected, StringComparison.Ordinal) && l.Contains(bad.Fragment, StringComparison.Ordinal));
        Assert.Empty(check.Stdout);

        await using var listener = NotifySocketListener.BindPath();
        var daemon = await AppProcess.RunAsync(["daemon", "--config", env.ConfigPath], env.Environment(("NOTIFY_SOCKET", listener.Address)));
        await listener.SyncAsync();

        Assert.NotEqual(0, daemon.ExitCode);
        Assert.DoesNotContain(listener.Messages, m => m.Contains("READY=1", StringComparison.Ordinal));
        Assert.Contains(daemon.Stderr, l => l.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("empty")]
    [InlineData("directory")]
    public async Task ConfigCheck_UnusableFile_ExitsOneWithTheReason(string kind)
    {
        using var env = new DaemonTestEnvironment();
        var path = env.ConfigPath;
        switch (kind)
        {
            case "missing":
                File.Delete(path);
                break;
            case "empty":
                env.WriteConfig(string.Empty);
                break;
            default:
                File.Delete(path);
                Directory.CreateDirectory(path);
                break;
        }

        var check = await AppProcess.RunAsync(["config", "check", "--config", path], env.Environment());

        Assert.Equal(1, check.ExitCode);
        Assert.Contains(check.Stderr, l => l.Contains(path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConfigCheck_UnreadableFile_ExitsOneSayingPermissionDenied()
    {
        using var env = new DaemonTestEnvironment();
        File.SetUnixFileMode(env.ConfigPath, UnixFileMode.None);
        var nobodyCanRead = Environment.UserName != "root";
        if (!nobodyCanRead)
        {
            // root reads any file: check as an unprivileged user instead (setpriv is in util-linux, always present).
            Directory.CreateDirectory(env.StateDirectory);
            File.SetUnixFileMode(Path.GetDirectoryName(env.ConfigPath)!, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherExecute | UnixFileMode.OtherRead);
        }

        string[] arguments = ["config", "check", "--config", env.ConfigPath];
        var check = nobodyCanRead
            ? await AppProcess.RunAsync(arguments, env.Environment())
            : await RunAsNobodyAsync(arguments, env);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains(check.Stderr, l => l.Contains(env.ConfigPath, StringComparison.Ordinal) && l.Contains("permission denied", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_ListsTheSubcommands()
    {
        var help = await AppProcess.RunAsync(["--help"]);

        Assert.Equal(0, help.ExitCode);
        foreach (var command in new[] { "daemon", "config", "version" })
        {
            Assert.Contains(help.Stdout, l => l.TrimStart().StartsWith(command + " ", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("config", "frobnicate")]
    [InlineData("--log-format", "xml", "version")]
    public async Task UnknownCommandOrBadOption_ExitsTwo(params string[] arguments)
    {
        var result = await AppProcess.RunAsync(arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Stderr);
    }

    private static async Task<AppProcess> RunAsNobodyAsync(string[] arguments, DaemonTestEnvironment env)
    {
        var app = AppProcess.Start(["--reuid=65534", "--regid=65534", "--clear-groups", "--", AppExecutable.Path, .. arguments], env.Environment(), executable: "/usr/bin/setpriv");
        await app.WaitForExitAsync(TimeSpan.FromSeconds(30));
        return app;
    }
}
