using LinkedInAuto.Session;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Tests.Session;

public sealed class SessionCookieJarTests
{
    [Fact]
    public async Task Load_LinkedInBaseUrl_ReturnsTheStoredCookies()
    {
        using var harness = new SessionHarness();
        await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));

        var cookies = await harness.Jar.LoadAsync(CancellationToken.None);

        Assert.Equal(SessionSamples.NetscapeExpected(harness.Clock.GetUtcNow()), cookies);
        Assert.Empty(harness.JarLog.Collector.GetSnapshot());
    }

    [Fact]
    public async Task Load_FakeBaseUrl_ReturnsCookiesForItsHost()
    {
        using var harness = new SessionHarness(baseUrl: new Uri("http://127.0.0.1:5123"));
        await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));

        var cookies = await harness.Jar.LoadAsync(CancellationToken.None);

        Assert.All(cookies, c => Assert.Equal("127.0.0.1", c.Domain));
        Assert.Contains(cookies, c => c.Name == "li_at" && c.Value == SessionSamples.LiAt && !c.Secure);
    }

    [Fact]
    public async Task Load_CloseToExpiry_LogsAWarningWithoutTheValue()
    {
        using var harness = new SessionHarness();
        await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));
        harness.Clock.SetUtcNow(harness.Clock.GetUtcNow().AddDays(295));

        await harness.Jar.LoadAsync(CancellationToken.None);

        var record = Assert.Single(harness.JarLog.Collector.GetSnapshot());
        var (level, message) = (record.Level, record.Message);
        Assert.Equal(LogLevel.Warning, level);
        Assert.Contains("li_at expires 2026-03-28 (Europe/Paris), 5 days left", message, StringComparison.Ordinal);
        Assert.DoesNotContain(SessionSamples.LiAt, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_Expired_Throws()
    {
        using var harness = new SessionHarness();
        await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));
        harness.Clock.SetUtcNow(harness.Clock.GetUtcNow().AddDays(400));

        var ex = await Assert.ThrowsAsync<SessionStoreException>(() => harness.Jar.LoadAsync(CancellationToken.None));

        Assert.Contains("the LinkedIn session expired", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_RotatedCookies_AreStoredAndKeepTheImportProvenance()
    {
        using var harness = new SessionHarness(baseUrl: new Uri("http://127.0.0.1:5123"));
        await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));
        var browser = (await harness.Jar.LoadAsync(CancellationToken.None)).ToList();
        browser[1] = browser[1] with { Value = "\"ajax:ROTATED\"" };
        harness.Clock.SetUtcNow(harness.Clock.GetUtcNow().AddHours(1));

        Assert.True(await harness.Jar.SaveAsync(browser, CancellationToken.None));

        var stored = (await harness.Store.LoadAsync(CancellationToken.None))!;
        Assert.Contains(stored.Cookies, c => c.Value == "\"ajax:ROTATED\"");
        Assert.Equal(SessionSamples.Now, stored.ImportedAt);
        Assert.Equal(SessionSamples.Now.AddHours(1), stored.SavedAt);
        Assert.Equal(SessionFormat.Netscape, stored.Source);
    }

    [Fact]
    public async Task Save_NoLiAtLeft_KeepsTheSavedSessionAndWarns()
    {
        using var harness = new SessionHarness();
        await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));
        var before = await File.ReadAllBytesAsync(harness.Store.FilePath);
        var browser = (await harness.Jar.LoadAsync(CancellationToken.None)).Where(c => c.Name != "li_at").ToList();

        Assert.False(await harness.Jar.SaveAsync(browser, CancellationToken.None));

        Assert.Equal(before, await File.ReadAllBytesAsync(harness.Store.FilePath));
        Assert.Contains(harness.JarLog.Collector.GetSnapshot(), e => e.Level == LogLevel.Warning && e.Message.Contains("no li_at cookie", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Save_ReimportedDuringTheRun_KeepsTheNewImport()
    {
        using var harness = new SessionHarness();
        await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));
        var browser = await harness.Jar.LoadAsync(CancellationToken.None);
        harness.Clock.SetUtcNow(harness.Clock.GetUtcNow().AddMinutes(5));
        await harness.ImportTextAsync("new.json", SessionSamples.Playwright(harness.Clock.GetUtcNow()));

        Assert.False(await harness.Jar.SaveAsync(browser, CancellationToken.None));

        Assert.Equal(SessionFormat.Playwright, (await harness.Store.LoadAsync(CancellationToken.None))!.Source);
    }

    [Fact]
    public async Task Save_ForgottenDuringTheRun_DoesNotRecreateTheSession()
    {
        using var harness = new SessionHarness();
        await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));
        var browser = await harness.Jar.LoadAsync(CancellationToken.None);
        harness.Store.Forget();

        Assert.False(await harness.Jar.SaveAsync(browser, CancellationToken.None));

        Assert.Empty(Directory.GetFileSystemEntries(harness.StateDirectory));
    }
}
