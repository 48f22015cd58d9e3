using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using LinkedInAuto.Browser;
using LinkedInAuto.Configuration;

namespace LinkedInAuto.Tests.Browser;

/// <summary>What a site sees of the browser, in both modes: a desktop Chromium of the installed version, not a headless one.</summary>
public sealed class FingerprintTests : IAsyncLifetime
{
    private readonly string _runtime = Directory.CreateTempSubdirectory("la-fp-").FullName;
    private TestWebServer _server = null!;

    [Theory]
    [InlineData(BrowserMode.Default, "/usr/lib/chromium/chromium")]
    [InlineData(BrowserMode.LowMemory, "/usr/lib/chromium/chromium-headless-shell")]
    public async Task PageWorkerAndFrames_SeeADesktopChromiumOfTheInstalledVersion_WithTheLocalesLanguages(BrowserMode mode, string binary)
    {
        var installed = await BinaryVersionAsync(binary);
        var launcher = BrowserTestConfig.Launcher(BrowserTestConfig.Config(_server.BaseUrl, mode), _runtime, new ActiveBrowserRegistry());
        await using var session = await launcher.StartAsync("fp" + (int)mode, CancellationToken.None);
        Assert.Contains(session.ProcessIds, pid => ProcessTree.TryRead(pid)?.Executable == binary);

        await session.Navigator.GotoAsync("/fingerprint/page");
        var seen = await session.Page.EvaluateAsync<string>("window.collected");

        // The collected values wait for the fetch and the worker's request; the cross-site frame is awaited where it is
        // served. (Not through the page's load state: in about one run in fifty Playwright never reported "load" although
        // the page and its frame had loaded, readyState "complete" in both and all four requests served.)
        using var frameServed = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _server.WaitForFingerprintRequestsAsync(["page", "frame", "fetch", "worker"], frameServed.Token);

        // Nothing a site can read says "headless": not the headers of the page, its fetches, its worker or a cross-site frame, nor JavaScript.
        var requests = _server.FingerprintRequests.ToList();
        Assert.Equal(["fetch", "frame", "page", "worker"], requests.Select(r => r.Path).Distinct().Order(StringComparer.Ordinal));
        var major = installed.Split('.')[0];
        var problems = new List<string>();
        foreach (var (path, headers) in requests)
        {
            void Expect(bool ok, string what)
            {
                if (!ok)
                {
                    problems.Add($"{path}: {what} in {string.Join(" | ", headers.Select(h => h.Key + "=" + h.Value))}");
                }
            }

            Expect(headers.All(h => !h.Value.Contains("headless", StringComparison.OrdinalIgnoreCase)), "'headless'");
            Expect(headers.GetValueOrDefault("user-agent") == $"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{major}.0.0.0 Safari/537.36", "user-agent");
            if (path == "worker")
            {
                // A dedicated worker takes the browser-wide settings only: the full list (without q-values in the headless
                // shell), and no client hints at all, never the headless ones.
                Expect(headers.GetValueOrDefault("accept-language") is "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7" or "fr-FR,fr,en-US,en", "accept-language");
                continue;
            }

            Expect(headers.GetValueOrDefault("accept-language") == "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7", "accept-language");
            Expect(headers.GetValueOrDefault("sec-ch-ua", string.Empty).Contains($"\"Chromium\";v=\"{major}\"", StringComparison.Ordinal), "sec-ch-ua");

            // High-entropy hints come once the page asked for them (Accept-CH), so from the page's own requests on.
            if (path == "fetch" || headers.ContainsKey("sec-ch-ua-full-version-list"))
            {
                Expect(headers.GetValueOrDefault("sec-ch-ua-full-version-list", string.Empty).Contains($"\"Chromium\";v=\"{installed}\"", StringComparison.Ordinal), "full version list");
                Expect(headers.GetValueOrDefault("sec-ch-ua-full-version") == $"\"{installed}\"", "full version");
            }
        }

        Assert.Empty(problems);
        Assert.DoesNotContain("headless", seen, StringComparison.OrdinalIgnoreCase);
        using var json = JsonDocument.Parse(seen);
        var js = json.RootElement;
        Assert.False(js.GetProperty("webdriver").GetBoolean());
        Assert.Equal(requests.First(r => r.Path == "page").Headers["user-agent"], js.GetProperty("userAgent").GetString());
        Assert.Equal(["fr-FR", "fr", "en-US", "en"], js.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("fr-FR", js.GetProperty("intl").GetString());
        Assert.Equal(installed, js.GetProperty("hints").GetProperty("uaFullVersion").GetString());
        Assert.Contains(js.GetProperty("hints").GetProperty("fullVersionList").EnumerateArray(), b => b.GetProperty("brand").GetString() == "Chromium" && b.GetProperty("version").GetString() == installed);
        Assert.Equal(2, js.GetProperty("brands").GetArrayLength());
        Assert.NotEqual(string.Empty, js.GetProperty("hints").GetProperty("architecture").GetString());
        var worker = js.GetProperty("worker");
        Assert.Equal(js.GetProperty("userAgent").GetString(), worker[0].GetString());
        Assert.Equal(["fr-FR", "fr", "en-US", "en"], worker[1].EnumerateArray().Select(l => l.GetString()));
    }

    /// <inheritdoc/>
    public async Task InitializeAsync() => _server = await TestWebServer.StartAsync();

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_runtime, recursive: true);
    }

    private static async Task<string> BinaryVersionAsync(string binary)
    {
        using var process = Process.Start(new ProcessStartInfo(binary, "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return Regex.Match(output, "[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+").Value;
    }
}
