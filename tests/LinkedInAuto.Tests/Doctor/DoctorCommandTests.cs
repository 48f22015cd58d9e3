using System.Text.Json;
using LinkedInAuto.Configuration;
using LinkedInAuto.Session;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Maintenance;
using LinkedInAuto.Tests.Session;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInAuto.Tests.Doctor;

/// <summary>`linkedin-auto doctor` in-process on a real setup: config, migrated database, imported session, Debian's Chromium.</summary>
public sealed class DoctorCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    [Fact]
    public async Task HealthySetup_ExitsZero_WithoutAFailure()
    {
        await HealthySetupAsync();

        var (code, output, error) = await _cli.RunAsync(["doctor"]);

        Assert.True(code == 0, output + error);
        Assert.Equal(string.Empty, error);
        Assert.DoesNotContain("FAIL", output, StringComparison.Ordinal);
        Assert.Equal(
            ["config", "ram+swap", "zram", "browser", "state-dir", "database", "session", "clock", "disk", "orphans", "unit"],
            Lines(output).Select(line => line.Name));
        Assert.Contains("started headless, opened about:blank and closed", Line(output, "browser").Text, StringComparison.Ordinal);
        Assert.Contains("integrity ok, journal_mode wal", Line(output, "database").Text, StringComparison.Ordinal);
        Assert.Contains("present, decryptable (generated key file", Line(output, "session").Text, StringComparison.Ordinal);
        Assert.Matches(@"^11 checks: \d+ pass, \d+ warn, 0 fail$", output.TrimEnd().Split('\n')[^1]);
    }

    [Fact]
    public async Task BrokenConfig_FailsNamingTheKeyAndLine_AndTheOtherChecksSayTheyUsedDefaults()
    {
        await HealthySetupAsync();
        await File.AppendAllTextAsync(_cli.ConfigPath, "quotas:\n  wish:\n    daily: -3\n");

        var (code, output, _) = await _cli.RunAsync(["doctor"]);

        Assert.Equal(1, code);
        var config = Line(output, "config");
        Assert.Equal("FAIL", config.Status);
        Assert.Contains($"{_cli.ConfigPath}: 1 error → fix it in {_cli.ConfigPath}, check with `linkedin-auto config check`", config.Text, StringComparison.Ordinal);
        Assert.Contains($"{_cli.ConfigPath}:6:12: quotas.wish.daily: '-3' is out of range", output, StringComparison.Ordinal);
        Assert.EndsWith("(config invalid: built-in defaults used)", Line(output, "session").Text, StringComparison.Ordinal);
        Assert.Equal(11, Lines(output).Count);
    }

    [Fact]
    public async Task MissingBrowserExecutable_FailsWithTheConfigKeyHint()
    {
        await HealthySetupAsync();
        await File.AppendAllTextAsync(_cli.ConfigPath, "browser:\n  executable: /nonexistent/chromium\n");

        var (code, output, _) = await _cli.RunAsync(["doctor"]);

        Assert.Equal(1, code);
        var browser = Line(output, "browser");
        Assert.Equal("FAIL", browser.Status);
        Assert.Contains("browser.executable '/nonexistent/chromium' does not exist or is not executable", browser.Text, StringComparison.Ordinal);
        Assert.Contains($"→ fix browser.executable in {_cli.ConfigPath}", browser.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Lines(output), line => line.Status == "FAIL" && line.Name != "browser");
    }

    [Fact]
    public async Task ExpiredSession_FailsWithReimportHint()
    {
        await HealthySetupAsync();
        var directories = new AppDirectories(_cli.StateDirectory, _cli.StateDirectory, null);
        var now = TimeProvider.System.GetUtcNow();
        var liAt = new SessionCookie(SessionCookie.LiAt, SessionSamples.LiAt, ".www.linkedin.com", "/", now.AddDays(-2), true, true, CookieSameSite.None);
        await new SessionStore(directories, new SessionKeyStore(directories)).SaveAsync(new StoredSession([liAt], now.AddDays(-300), SessionFormat.Netscape, now.AddDays(-3)), default);

        var (code, output, _) = await _cli.RunAsync(["doctor"]);

        Assert.Equal(1, code);
        var session = Line(output, "session");
        Assert.Equal("FAIL", session.Status);
        Assert.Contains("li_at expired: ", session.Text, StringComparison.Ordinal);
        Assert.Contains("→ sign in to LinkedIn in a browser, export the cookies and re-import them: `linkedin-auto auth import FILE`", session.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorruptDatabase_FailsWithTheGuardsNextStep_InJson()
    {
        await HealthySetupAsync();
        var database = Path.Combine(_cli.StateDirectory, "linkedin-auto.db");
        await File.WriteAllBytesAsync(database, [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 7919 % 251))]);

        var (code, output, _) = await _cli.RunAsync(["doctor", "--json"]);

        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var results = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(11, results.Count);
        var result = results.Single(r => r.GetProperty("name").GetString() == "database");
        Assert.Equal("fail", result.GetProperty("status").GetString());
        Assert.Equal($"{database} is not a SQLite database (its header is not \"SQLite format 3\")", result.GetProperty("detail").GetString());
        Assert.Contains($"or move the file away (`mv {database} {database}.broken`)", result.GetProperty("hint").GetString(), StringComparison.Ordinal);
        Assert.Equal(["database"], results.Where(r => r.GetProperty("status").GetString() == "fail").Select(r => r.GetProperty("name").GetString()));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _cli.Dispose();
    }

    // "STATUS  name  text": the status, the check's name and the rest (detail → hint) of each result's first line.
    private static List<(string Status, string Name, string Text)> Lines(string output) =>
        [.. output.Split('\n')
            .Where(line => line.Length > 6 && line[..4] is "PASS" or "WARN" or "FAIL" && line[4..6] == "  ")
            .Select(line => line[6..].Split(' ', 2) is [var name, var rest] ? (line[..4], name, rest.TrimStart()) : (line[..4], line[6..], string.Empty))];

    private static (string Status, string Name, string Text) Line(string output, string name) => Lines(output).Single(line => line.Name == name);

    // A valid config with the shipped templates, a 0750 state directory, a migrated database and a session imported
    // from a cookies.txt whose li_at expires in 300 days.
    private async Task HealthySetupAsync()
    {
        await File.WriteAllTextAsync(_cli.ConfigPath, $"time_zone: Europe/Paris\nbirthday:\n  messages_dir: {Path.Combine(RepositoryPaths.Root, "config", "messages")}\n");
        Directory.CreateDirectory(_cli.StateDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        var (code, _, error) = await _cli.RunAsync(["auth", "import", _cli.Write("cookies.txt", SessionSamples.Netscape(TimeProvider.System.GetUtcNow()))]);
        Assert.True(code == 0, error);

        var services = new ServiceCollection().AddLogging();
        services.AddAppConfiguration(new ConfigStore(_cli.ConfigPath, new AppConfig()), new AppDirectories(_cli.StateDirectory, _cli.StateDirectory, null));
        services.AddStorage();
        await using (var provider = services.BuildServiceProvider())
        {
            await provider.GetRequiredService<MigrationRunner>().RunAsync();
        }

        SqliteConnection.ClearAllPools();
    }
}
