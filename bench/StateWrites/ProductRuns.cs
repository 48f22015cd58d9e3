using System.Diagnostics;
using System.Globalization;
using System.Text;
using FakeLinkedIn;

namespace StateWrites;

/// <summary>Runs `linkedin-auto run birthday` (no daemon: the run happens in the command) against a fresh fake LinkedIn.</summary>
internal sealed class ProductRuns(string executable, string stateDirectory, string workDirectory, string repositoryRoot)
{
    private static readonly TimeZoneInfo s_paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private bool _imported;

    /// <summary>One run; <paramref name="people"/> first-degree contacts have their birthday today (plus one second-degree who never gets a wish).</summary>
    internal async Task<(long LogBytes, int Sent)> RunBirthdayAsync(int people, string prefix)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), s_paris).DateTime);
        await using var fake = await FakeLinkedInServer.StartAsync(Scenario.Parse(ScenarioYaml(people, prefix)), new FakeServerOptions { Today = today });
        await PrepareAsync(fake);
        var (code, logBytes, output) = await RunAsync(["run", "birthday", "--config", ConfigPath, "--log-format", "json"]);
        if (code != 0)
        {
            throw new InvalidOperationException($"run birthday exited {code}:\n{output}");
        }

        return (logBytes, fake.Actions.Snapshot().Count(a => a.Kind == FakeActionKinds.MessageSent));
    }

    private string ConfigPath => Path.Combine(workDirectory, "config.yaml");

    private static string ScenarioYaml(int people, string prefix)
    {
        var yaml = new StringBuilder("language: fr\ntime_zone: Europe/Paris\nbirthday_past_days: 30\nme: { slug: bench-me, name: Bench Me, headline: Bench }\npeople:\n");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  - {{ slug: {prefix}-far, name: \"Pas Connecté\", headline: Ingénieur, degree: 2, birthday_days_ago: 0 }}");
        for (var i = 0; i < people; i++)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - {{ slug: {prefix}-{i}, name: \"Personne Numéro{i}\", headline: Ingénieur, degree: 1, birthday_days_ago: 0 }}");
        }

        return yaml.ToString();
    }

    private async Task PrepareAsync(FakeLinkedInServer fake)
    {
        var messages = Path.Combine(workDirectory, "messages");
        if (!Directory.Exists(messages))
        {
            Directory.CreateDirectory(messages);
            foreach (var file in Directory.GetFiles(Path.Combine(repositoryRoot, "config", "messages"), "*.txt"))
            {
                File.Copy(file, Path.Combine(messages, Path.GetFileName(file)));
            }
        }

        await File.WriteAllTextAsync(ConfigPath, $$"""
            time_zone: Europe/Paris
            linkedin:
              base_url: {{fake.BaseUrl.GetLeftPart(UriPartial.Authority)}}
            browser:
              human: { fast: true }
            schedule:
              active_hours: { start: "00:00", end: "24:00" }
              days_off: []
              invitations: { enabled: false }
              visitor: { enabled: false }
            pacing:
              action_delay: { min: 0, max: 0 }
              long_break_every: 0
            """);
        if (!_imported)
        {
            // The session is imported once (before the first measured run): its file is not part of any run's writes.
            var cookies = Path.Combine(workDirectory, "cookies.txt");
            var expires = DateTimeOffset.UtcNow.AddDays(300).ToUnixTimeSeconds();
            await File.WriteAllTextAsync(cookies, $"# Netscape HTTP Cookie File\n.linkedin.com\tTRUE\t/\tTRUE\t{expires}\tli_at\t{fake.SessionCookieValue}\n");
            var (code, _, output) = await RunAsync(["auth", "import", cookies, "--config", ConfigPath]);
            _imported = code == 0 ? true : throw new InvalidOperationException("auth import failed:\n" + output);
        }
    }

    private async Task<(int Code, long LogBytes, string Output)> RunAsync(string[] arguments)
    {
        var info = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["STATE_DIRECTORY"] = stateDirectory;
        info.Environment["RUNTIME_DIRECTORY"] = Path.Combine(workDirectory, "run");
        info.Environment.Remove("NOTIFY_SOCKET");
        info.Environment.Remove("LINKEDIN_AUTO_CONFIG");
        Directory.CreateDirectory(info.Environment["RUNTIME_DIRECTORY"]!);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + executable);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var log = await stderr;
        return (process.ExitCode, Encoding.UTF8.GetByteCount(log), await stdout + log);
    }
}
