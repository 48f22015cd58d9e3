using System.Diagnostics;
using System.Net;

namespace FakeLinkedIn.Tests;

/// <summary>Acceptance 4: the built fake runs on its own, prints its URL, serves the scenario and stops on SIGTERM.</summary>
public sealed class StandaloneProcessTests
{
    private static readonly string s_dll = Path.Combine(AppContext.BaseDirectory, "FakeLinkedIn.dll");

    [Fact]
    public async Task Standalone_WithScenarioAndPortZero_ServesUntilSigterm()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var process = Start("--scenario", Infrastructure.Scenarios.PathOf("fr"), "--port", "0");
        try
        {
            var url = await ReadUrlAsync(process, timeout.Token);
            Assert.Matches("^http://127\\.0\\.0\\.1:[0-9]+$", url);

            using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
            using var http = new HttpClient(handler) { BaseAddress = new Uri(url) };
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/__fake/health", UriKind.Relative), timeout.Token)).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await http.GetAsync(new Uri("/feed/", UriKind.Relative), timeout.Token)).StatusCode);
            using var request = new HttpRequestMessage(HttpMethod.Get, "/mynetwork/catch-up/birthday/");
            request.Headers.Add("Cookie", "li_at=AQEDAR-demo-fr");
            var page = await (await http.SendAsync(request, timeout.Token)).Content.ReadAsStringAsync(timeout.Token);
            Assert.Contains("id=\"global-nav\"", page, StringComparison.Ordinal);
            Assert.Contains("<html lang=\"fr\"", page, StringComparison.Ordinal);

            using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await process.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    [Fact]
    public async Task Standalone_MarkupB_ServesTheSecondMarkup_AndAnUnknownMarkupIsAUsageError()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var process = Start("--scenario", Infrastructure.Scenarios.PathOf("en"), "--port", "0", "--markup", "b");
        try
        {
            var url = await ReadUrlAsync(process, timeout.Token);
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            using var request = new HttpRequestMessage(HttpMethod.Get, "/mynetwork/invitation-manager/sent/");
            request.Headers.Add("Cookie", "li_at=AQEDAR-demo-en");
            var page = await (await http.SendAsync(request, timeout.Token)).Content.ReadAsStringAsync(timeout.Token);
            Assert.Contains("aria-label=\"Withdraw invitation sent to Julie Petit\"", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<time", page, StringComparison.Ordinal);
            Assert.DoesNotContain("invitation-card", page, StringComparison.Ordinal);
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync(CancellationToken.None);
        }

        Assert.Equal("unknown", StandaloneOptions.Parse(["--scenario", "s.yaml", "--markup", "unknown"]).Markup);
        Assert.Contains("--markup needs a, b or unknown", Assert.Throws<ArgumentException>(() => StandaloneOptions.Parse(["--scenario", "s.yaml", "--markup", "c"])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Standalone_BadScenario_ExitsWithFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(path, "language: de\n");
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            using var process = Start("--scenario", path, "--port", "0");
            var error = await process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            Assert.Equal(2, process.ExitCode);
            Assert.Contains($"{path}(1,", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(s_dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
    }

    private static async Task<string> ReadUrlAsync(Process process, CancellationToken cancellationToken)
    {
        const string Prefix = "FAKE_LINKEDIN_URL=";
        while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith(Prefix, StringComparison.Ordinal))
            {
                return line[Prefix.Length..];
            }
        }

        throw new InvalidOperationException("the fake exited without printing its URL: " + await process.StandardError.ReadToEndAsync(cancellationToken));
    }
}
