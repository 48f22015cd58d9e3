using System.Diagnostics;
using FakeLinkedIn;

namespace LinkedInAuto.Demo;

/// <summary>Runs the product's three bots, one after another, against the fake LinkedIn's French demo scenario.</summary>
public static class DemoRunner
{
    /// <summary>The bots, in the order the demo runs them.</summary>
    public static readonly string[] Bots = ["birthday", "invitations", "visitor"];

    /// <summary>Runs the demo; returns 0 when every bot succeeded and the product's history matches the fake's record.</summary>
    public static async Task<int> RunAsync(string executable, string repositoryRoot, TextWriter output, CancellationToken cancellationToken)
    {
        var root = Directory.CreateTempSubdirectory("linkedin-auto-demo-").FullName;
        try
        {
            var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), paris).DateTime);
            var scenario = Scenario.LoadFile(Path.Combine(repositoryRoot, "tests", "FakeLinkedIn", "scenarios", "demo-fr.yaml"));
            await using var fake = await FakeLinkedInServer.StartAsync(scenario, new FakeServerOptions { Today = today }, cancellationToken);
            var site = new DemoSite(root, repositoryRoot, fake);
            await site.PrepareAsync(cancellationToken);
            await output.WriteLineAsync($"Fake LinkedIn (French demo account, {today:dddd d MMMM yyyy}) at {fake.BaseUrl}; state in {root}");

            await RunProductAsync(executable, ["auth", "import", site.CookiesFile, "--config", site.ConfigPath], site, output, cancellationToken);
            var failures = 0;
            foreach (var bot in Bots)
            {
                await output.WriteLineAsync();
                await output.WriteLineAsync($"── linkedin-auto run {bot} ──");
                failures += await RunProductAsync(executable, ["run", bot, "--config", site.ConfigPath, "--log-format", "console"], site, output, cancellationToken) == 0 ? 0 : 1;
            }

            var history = await CaptureProductAsync(executable, ["db", "export", "--format", "json", "--config", site.ConfigPath], site, cancellationToken);
            var summary = DemoSummary.Compare(history, fake.Actions.Snapshot());
            await output.WriteLineAsync();
            summary.Print(output);
            return failures == 0 && summary.Matches ? 0 : 1;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<int> RunProductAsync(string executable, string[] arguments, DemoSite site, TextWriter output, CancellationToken cancellationToken)
    {
        using var process = Start(executable, arguments, site);
        var stdout = Pump(process.StandardOutput, output);
        var stderr = Pump(process.StandardError, output);
        await process.WaitForExitAsync(cancellationToken);
        await Task.WhenAll(stdout, stderr);
        return process.ExitCode;
    }

    private static async Task<string> CaptureProductAsync(string executable, string[] arguments, DemoSite site, CancellationToken cancellationToken)
    {
        using var process = Start(executable, arguments, site);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0 ? await stdout : throw new InvalidOperationException("db export failed: " + await stderr);
    }

    private static Process Start(string executable, string[] arguments, DemoSite site)
    {
        var info = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["STATE_DIRECTORY"] = site.StateDirectory;
        info.Environment["RUNTIME_DIRECTORY"] = site.RuntimeDirectory;
        info.Environment.Remove("NOTIFY_SOCKET");
        info.Environment.Remove("LINKEDIN_AUTO_CONFIG");
        return Process.Start(info) ?? throw new InvalidOperationException("cannot start " + executable);
    }

    private static async Task Pump(StreamReader reader, TextWriter output)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            await output.WriteLineAsync("  " + line);
        }
    }
}
