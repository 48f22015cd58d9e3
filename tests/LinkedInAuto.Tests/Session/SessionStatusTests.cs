using System.Security.Cryptography;
using LinkedInAuto.Session;

namespace LinkedInAuto.Tests.Session;

public sealed class SessionStatusTests
{
    [Fact]
    public async Task Read_NoSession_IsNotPresent()
    {
        using var harness = new SessionHarness();

        var status = await harness.Status.ReadAsync(CancellationToken.None);

        Assert.False(status.Present);
        Assert.False(status.Usable);
        Assert.Contains("no saved session", status.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_ImportedSession_ReportsExpiryAndCountsWithoutValues()
    {
        using var harness = new SessionHarness();
        await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));

        var status = await harness.Status.ReadAsync(CancellationToken.None);

        Assert.True(status.Usable);
        Assert.True(status.Decryptable);
        Assert.Equal(SessionFormat.Netscape, status.Source);
        Assert.Equal(SessionSamples.LiAtExpires(harness.Clock.GetUtcNow()), status.LiAtExpiresUtc);
        Assert.Equal(new DateOnly(2026, 3, 28), status.LiAtExpiresLocalDate);
        Assert.Equal(300, status.DaysLeft);
        Assert.False(status.ExpiryWarning);
        Assert.True(status.HasJSessionId);
        Assert.Equal(4, status.CookieCount);
        Assert.StartsWith("generated key file ", status.Key, StringComparison.Ordinal);
        Assert.DoesNotContain(SessionSamples.LiAt, status.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(294, 6, true)]
    [InlineData(293, 7, true)]
    [InlineData(292, 8, false)]
    [InlineData(300, 0, true)]
    public async Task Read_CloseToExpiry_WarnsWithinTheConfiguredWindow(int daysLater, int daysLeft, bool warning)
    {
        using var harness = new SessionHarness();
        await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));
        harness.Clock.SetUtcNow(harness.Clock.GetUtcNow().AddDays(daysLater).AddHours(-1));

        var status = await harness.Status.ReadAsync(CancellationToken.None);

        Assert.Equal(daysLeft, status.DaysLeft);
        Assert.Equal(warning, status.ExpiryWarning);
        Assert.False(status.Expired);
    }

    [Fact]
    public async Task Read_AfterExpiry_IsExpiredAndUnusable()
    {
        using var harness = new SessionHarness();
        await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));
        harness.Clock.SetUtcNow(harness.Clock.GetUtcNow().AddDays(301));

        var status = await harness.Status.ReadAsync(CancellationToken.None);

        Assert.True(status.Expired);
        Assert.False(status.Usable);
        Assert.Equal(-1, status.DaysLeft);
    }

    [Fact]
    public void Expiry_DaysLeft_CountsCalendarDaysInTheConfiguredZone()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var liAt = new SessionCookie("li_at", "v", ".linkedin.com", "/", new DateTimeOffset(2025, 6, 2, 22, 30, 0, TimeSpan.Zero), true, true, CookieSameSite.None);

        // 23:30 in Paris on 1 June; the cookie expires at 00:30 on 3 June, Paris time: two calendar days, though only 25 hours.
        var expiry = SessionExpiry.Of(liAt, new DateTimeOffset(2025, 6, 1, 21, 30, 0, TimeSpan.Zero), zone, TimeSpan.FromDays(1));

        Assert.Equal(new DateOnly(2025, 6, 3), expiry.LocalDate);
        Assert.Equal(2, expiry.DaysLeft);
        Assert.False(expiry.Warning);
        Assert.Equal("2025-06-03 (Europe/Paris), 2 days left", expiry.Describe(zone));
    }

    [Fact]
    public async Task Read_WrongKey_IsPresentButNotDecryptable()
    {
        using var harness = new SessionHarness();
        await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));
        await File.WriteAllBytesAsync(harness.Keys.GeneratedKeyPath, RandomNumberGenerator.GetBytes(32));

        var status = await harness.Status.ReadAsync(CancellationToken.None);

        Assert.True(status.Present);
        Assert.False(status.Decryptable);
        Assert.Equal(harness.Store.FilePath + ": " + SessionDecryptException.Reason, status.Problem);
    }
}
