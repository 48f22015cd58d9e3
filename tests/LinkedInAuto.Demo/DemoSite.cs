using FakeLinkedIn;

namespace LinkedInAuto.Demo;

/// <summary>The demo's files: a config pointing at the fake, the shipped message templates, and the demo account's cookies.</summary>
public sealed class DemoSite(string root, string repositoryRoot, FakeLinkedInServer fake)
{
    /// <summary>Gets the demo config file.</summary>
    public string ConfigPath => Path.Combine(root, "config.yaml");

    /// <summary>Gets the demo's cookies.txt (Netscape format, for .linkedin.com, as a browser extension exports it).</summary>
    public string CookiesFile => Path.Combine(root, "cookies.txt");

    /// <summary>Gets `$STATE_DIRECTORY`.</summary>
    public string StateDirectory => Path.Combine(root, "state");

    /// <summary>Gets `$RUNTIME_DIRECTORY`.</summary>
    public string RuntimeDirectory => Path.Combine(root, "run");

    /// <summary>Writes the files.</summary>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(StateDirectory);
        Directory.CreateDirectory(RuntimeDirectory);
        var messages = Path.Combine(root, "messages");
        Directory.CreateDirectory(messages);
        foreach (var file in Directory.GetFiles(Path.Combine(repositoryRoot, "config", "messages"), "*.txt"))
        {
            File.Copy(file, Path.Combine(messages, Path.GetFileName(file)));
        }

        var expires = DateTimeOffset.UtcNow.AddDays(300).ToUnixTimeSeconds();
        await File.WriteAllTextAsync(CookiesFile, $"# Netscape HTTP Cookie File\n.linkedin.com\tTRUE\t/\tTRUE\t{expires}\tli_at\t{fake.SessionCookieValue}\n", cancellationToken);
        await File.WriteAllTextAsync(ConfigPath, DemoConfig.Yaml(fake.BaseUrl), cancellationToken);
    }
}
