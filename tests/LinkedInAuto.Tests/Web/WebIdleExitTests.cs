using LinkedInAuto.Tests.Daemon;

namespace LinkedInAuto.Tests.Web;

/// <summary>The web process exits by itself, with 0, once nobody has asked for anything for `web.idle_exit`.</summary>
public sealed class WebIdleExitTests
{
    [Fact]
    public async Task Web_NoRequestForIdleExit_ExitsCleanly()
    {
        using var environment = new DaemonTestEnvironment();
        environment.WriteConfig(WebSite.WebSection(idleExit: "2s"));
        await using var site = await WebSite.StartAsync(environment);
        using (var client = site.Client())
        {
            // A request postpones the exit; then silence.
            using var login = await client.GetAsync("/login");
            Assert.True(login.IsSuccessStatusCode);
        }

        await site.Process.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.True(site.Process.ExitCode == 0, site.Process.Describe());
        Assert.Contains(site.Process.Stderr, l => l.Contains("No request for 2s: the web page exits", StringComparison.Ordinal));
    }
}
