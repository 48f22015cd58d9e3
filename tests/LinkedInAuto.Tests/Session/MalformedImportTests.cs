using LinkedInAuto.Session;

namespace LinkedInAuto.Tests.Session;

public sealed class MalformedImportTests
{
    public static TheoryData<string> Cases() => [.. MalformedInputs.All.Keys];

    [Fact]
    public void Catalogue_HasAtLeastTenCases() => Assert.True(MalformedInputs.All.Count >= 10);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Import_MalformedInput_IsRejectedWithFileAndReasonAndLeavesTheSessionUntouched(string name)
    {
        var bad = MalformedInputs.All[name];
        using var harness = new SessionHarness();
        await harness.ImportTextAsync("good.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));
        var sessionBefore = await File.ReadAllBytesAsync(harness.Store.FilePath);
        var keyBefore = await File.ReadAllBytesAsync(harness.Keys.GeneratedKeyPath);
        var path = Create(harness, bad);

        var ex = await Assert.ThrowsAsync<InvalidSessionException>(async () =>
            await harness.Importer.ImportAsync(await CookieSource.ReadFileAsync(path, CancellationToken.None), bad.Format, CancellationToken.None));

        Assert.StartsWith(path + ":", ex.Message, StringComparison.Ordinal);
        foreach (var fragment in bad.Fragments)
        {
            Assert.Contains(fragment, ex.Message, StringComparison.Ordinal);
        }

        Assert.All(MalformedInputs.Secrets.Concat(SessionSamples.Secrets), secret => Assert.DoesNotContain(secret, ex.Message, StringComparison.Ordinal));
        Assert.Equal(sessionBefore, await File.ReadAllBytesAsync(harness.Store.FilePath));
        Assert.Equal(keyBefore, await File.ReadAllBytesAsync(harness.Keys.GeneratedKeyPath));
        Assert.Equal(["session.bin", "session.key"], Directory.GetFileSystemEntries(harness.StateDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(SessionSamples.NetscapeExpected(harness.Clock.GetUtcNow()), (await harness.Store.LoadAsync(CancellationToken.None))!.Cookies);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData("li_at=")]
    [InlineData("AQED\u0001SECRET")]
    [InlineData("AQED;SECRET")]
    [InlineData("AQEDé")]
    public async Task ImportLiAt_ImplausibleValue_IsRejectedAndLeavesTheSessionUntouched(string value)
    {
        using var harness = new SessionHarness();
        await harness.ImportTextAsync("good.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));
        var before = await File.ReadAllBytesAsync(harness.Store.FilePath);

        var ex = await Assert.ThrowsAsync<InvalidSessionException>(() => harness.Importer.ImportLiAtAsync(value, CancellationToken.None));

        Assert.StartsWith("--li-at: the li_at value ", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(harness.Store.FilePath));
    }

    [Fact]
    public async Task Import_FailedFirstImport_CreatesNoFiles()
    {
        using var harness = new SessionHarness();

        await Assert.ThrowsAsync<InvalidSessionException>(() => harness.ImportTextAsync("bad.txt", "[]", SessionFormat.CookieEditor));

        Assert.Empty(Directory.GetFileSystemEntries(harness.StateDirectory));
    }

    [Fact]
    public async Task ReadFile_EndlessDevice_StopsAtTheSizeLimit()
    {
        var ex = await Assert.ThrowsAsync<InvalidSessionException>(() => CookieSource.ReadFileAsync("/dev/zero", CancellationToken.None));

        Assert.StartsWith("/dev/zero: larger than 16 MiB, far too large for a cookie export", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromText_BinaryOnStdin_IsRejected()
    {
        var ex = Assert.Throws<InvalidSessionException>(() => CookieSource.FromText("stdin", "PK\u0003\u0004\0\0garbage"));

        Assert.StartsWith("stdin: is not a text file (binary data at character 5)", ex.Message, StringComparison.Ordinal);
    }

    private static string Create(SessionHarness harness, MalformedInput bad)
    {
        var path = harness.Input("bad-input");
        if (bad.IsDirectory)
        {
            Directory.CreateDirectory(path);
        }
        else if (bad.Content is { } content)
        {
            File.WriteAllBytes(path, content);
        }

        return path;
    }
}
