using LinkedInAuto.Session;

namespace LinkedInAuto.Tests.Session;

public sealed class ImportRoundTripTests
{
    public static TheoryData<string, SessionFormat> Formats() => new()
    {
        { "netscape-lf", SessionFormat.Netscape },
        { "netscape-crlf", SessionFormat.Netscape },
        { "cookie-editor", SessionFormat.CookieEditor },
        { "editthiscookie", SessionFormat.CookieEditor },
        { "playwright", SessionFormat.Playwright },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Import_EachFormat_RoundTripsThroughTheEncryptedFile(string sample, SessionFormat expectedFormat)
    {
        using var harness = new SessionHarness();
        var now = harness.Clock.GetUtcNow();
        var (text, expected) = Sample(sample, now);

        var result = await harness.ImportTextAsync(sample + ".txt", text);
        var loaded = await new SessionStore(harness.Directories, new SessionKeyStore(harness.Directories)).LoadAsync(CancellationToken.None);

        Assert.Equal(expectedFormat, result.Format);
        Assert.NotNull(loaded);
        Assert.Equal(expected, loaded.Cookies);
        Assert.Equal(expectedFormat, loaded.Source);
        Assert.Equal(now, loaded.ImportedAt);
        Assert.Equal(expected[0], loaded.LiAt);
        Assert.Equal(SessionSamples.LiAtExpires(now).UtcDateTime.Date, result.Expiry.ExpiresUtc!.Value.UtcDateTime.Date);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Import_ExplicitFormat_GivesTheSameCookiesAsAuto(string sample, SessionFormat format)
    {
        using var harness = new SessionHarness();
        var (text, expected) = Sample(sample, harness.Clock.GetUtcNow());

        await harness.ImportTextAsync(sample, text, format);

        Assert.Equal(expected, (await harness.Store.LoadAsync(CancellationToken.None))!.Cookies);
    }

    [Fact]
    public async Task Import_Netscape_CountsDroppedCookies()
    {
        using var harness = new SessionHarness();

        var result = await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));

        Assert.Equal(4, result.Session.Cookies.Count);
        Assert.Equal(1, result.Session.DroppedExpired);
        Assert.Equal(1, result.Session.DroppedOtherSites);
        Assert.Equal(0, result.Session.DroppedUnusable);
        Assert.Equal(300, result.Expiry.DaysLeft);
        Assert.False(result.Expiry.Warning);
    }

    [Theory]
    [InlineData(SessionSamples.LiAt)]
    [InlineData("  " + SessionSamples.LiAt + "\n")]
    [InlineData("li_at=" + SessionSamples.LiAt)]
    [InlineData("\"" + SessionSamples.LiAt + "\"\r\n")]
    public async Task ImportLiAt_Value_StoresLinkedInsCookieWithUnknownExpiry(string value)
    {
        using var harness = new SessionHarness();

        var result = await harness.Importer.ImportLiAtAsync(value, CancellationToken.None);
        var loaded = await harness.Store.LoadAsync(CancellationToken.None);

        var expected = new SessionCookie("li_at", SessionSamples.LiAt, ".www.linkedin.com", "/", null, true, true, CookieSameSite.None);
        Assert.Equal([expected], loaded!.Cookies);
        Assert.Equal(SessionFormat.LiAtValue, loaded.Source);
        Assert.Null(result.Expiry.DaysLeft);
        Assert.StartsWith("unknown", result.Expiry.Describe(harness.Config.Current.TimeZone.Zone), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_FromStdinText_IsAccepted()
    {
        using var harness = new SessionHarness();

        var result = await harness.Importer.ImportAsync(CookieSource.FromText("stdin", SessionSamples.CookieEditor(harness.Clock.GetUtcNow())), SessionFormat.Auto, CancellationToken.None);

        Assert.Equal(SessionFormat.CookieEditor, result.Format);
    }

    [Fact]
    public async Task Import_Utf8BomAndHugeExpiry_AreAccepted()
    {
        using var harness = new SessionHarness();
        var path = harness.Input("bom.txt");
        await File.WriteAllBytesAsync(path, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes($".linkedin.com\tTRUE\t/\tTRUE\t9223372036854775807\tli_at\t{SessionSamples.LiAt}\n")]);

        await harness.Importer.ImportAsync(await CookieSource.ReadFileAsync(path, CancellationToken.None), SessionFormat.Auto, CancellationToken.None);

        Assert.Equal(DateTimeOffset.MaxValue, (await harness.Store.LoadAsync(CancellationToken.None))!.LiAt!.Expires);
    }

    private static (string Text, IReadOnlyList<SessionCookie> Expected) Sample(string name, DateTimeOffset now) => name switch
    {
        "netscape-lf" => (SessionSamples.Netscape(now), SessionSamples.NetscapeExpected(now)),
        "netscape-crlf" => (SessionSamples.Netscape(now, "\r\n"), SessionSamples.NetscapeExpected(now)),
        "cookie-editor" => (SessionSamples.CookieEditor(now), SessionSamples.CookieEditorExpected(now)),
        "editthiscookie" => (SessionSamples.EditThisCookie(now), SessionSamples.EditThisCookieExpected(now)),
        _ => (SessionSamples.Playwright(now), SessionSamples.PlaywrightExpected(now)),
    };
}
