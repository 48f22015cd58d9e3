using System.Net;
using LinkedInAuto.SystemBus;
using LinkedInAuto.Tests.Daemon;
using LinkedInAuto.Tests.SystemBus;

namespace LinkedInAuto.Tests.Web;

/// <summary>With the daemon down the status page says so, and what systemd knows of the unit, as `status` does.</summary>
public sealed class WebDaemonDownTests
{
    [Fact]
    public async Task Status_DaemonDown_SaysSoWithTheUnitsStateFromSystemd()
    {
        await using var bus = await PrivateBus.StartAsync();
        await using var systemd = await StandInSystem.StartAsync(bus.Address, new StandInSystem
        {
            Units = { [SystemFacts.ServiceUnit] = StandInSystem.Service("failed", "failed", restarts: 5, exitStatus: 1) },
        });
        using var environment = new DaemonTestEnvironment();
        environment.WriteConfig(WebSite.WebSection());
        await using var site = await WebSite.StartAsync(environment, (SystemFacts.AddressVariable, bus.Address));
        using var client = site.Client();
        using var login = await WebSite.LogInAsync(client, WebSite.Password);

        using var status = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status.StatusCode);
        var html = await status.Content.ReadAsStringAsync();
        Assert.Contains("the daemon is not running", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"service\">systemd: failed (failed), last exit status 1, 5 restarts</p>", html, StringComparison.Ordinal);

        // Every page that reads the history through the daemon says the same, in its own frame.
        foreach (var (path, title) in new[] { ("/history", "History"), ("/contacts", "Contacts"), ("/stats", "Statistics"), ("/logs", "Logs") })
        {
            using var page = await client.GetAsync(path);
            var text = await page.Content.ReadAsStringAsync();
            Assert.True(page.StatusCode == HttpStatusCode.ServiceUnavailable, $"{path}: {page.StatusCode}");
            Assert.Contains($"<h1>{title}</h1>", text, StringComparison.Ordinal);
            Assert.Contains("the daemon is not running", text, StringComparison.Ordinal);
        }
    }
}
