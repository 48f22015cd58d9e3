using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LinkedInAuto.Session;

namespace LinkedInAuto.Tests.Session;

[SupportedOSPlatform("linux")]
public sealed class SessionStoreTests
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private static readonly JsonSerializerOptions s_relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string DecryptMessage(string path) =>
        path + ": cannot decrypt the saved LinkedIn session — re-import with `linkedin-auto auth import`";

    [Fact]
    public async Task Save_EncryptedFile_ContainsNoCookieValueInAnyEncoding()
    {
        using var harness = new SessionHarness();
        await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));

        var bytes = await File.ReadAllBytesAsync(harness.Store.FilePath);

        Assert.True(bytes.AsSpan().StartsWith("LIAS\u0001"u8));
        foreach (var cookie in SessionSamples.NetscapeExpected(harness.Clock.GetUtcNow()))
        {
            foreach (var form in Encodings(cookie.Value))
            {
                Assert.True(bytes.AsSpan().IndexOf(form) < 0, $"{cookie.Name} found in clear in the session file");
            }
        }

        Assert.True(bytes.AsSpan().IndexOf("li_at"u8) < 0, "cookie names are encrypted too");
    }

    [Fact]
    public async Task Save_Files_AreOwnerOnlyAndNoTemporaryFileRemains()
    {
        using var harness = new SessionHarness();

        await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));
        await harness.ImportTextAsync("again.txt", SessionSamples.Playwright(harness.Clock.GetUtcNow()));

        Assert.Equal(OwnerOnly, File.GetUnixFileMode(harness.Store.FilePath));
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(harness.Keys.GeneratedKeyPath));
        Assert.Equal(32, new FileInfo(harness.Keys.GeneratedKeyPath).Length);
        Assert.Equal(["session.bin", "session.key"], Directory.GetFileSystemEntries(harness.StateDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TryCreate_ExistingFile_IsKeptAndNoTemporaryFileRemains()
    {
        using var dir = new TempDirectory();
        var path = dir.File("session.key");
        File.WriteAllBytes(path, [1, 2, 3]);

        Assert.False(PrivateFile.TryCreate(path, new byte[32]));
        Assert.True(PrivateFile.TryCreate(dir.File("other.key"), new byte[32]));

        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(dir.File("other.key")));
        Assert.Equal(["other.key", "session.key"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Save_MissingStateDirectory_IsCreatedOwnerOnly()
    {
        using var harness = new SessionHarness();
        Directory.Delete(harness.StateDirectory);

        await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(harness.StateDirectory));
    }

    [Fact]
    public async Task Load_WrongKey_GivesTheCannotDecryptMessage()
    {
        using var harness = new SessionHarness();
        await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));
        await File.WriteAllBytesAsync(harness.Keys.GeneratedKeyPath, RandomNumberGenerator.GetBytes(32));

        var ex = await Assert.ThrowsAsync<SessionDecryptException>(() => harness.Store.LoadAsync(CancellationToken.None));

        Assert.Equal(DecryptMessage(harness.Store.FilePath), ex.Message);
    }

    [Theory]
    [InlineData("ciphertext")]
    [InlineData("nonce")]
    [InlineData("tag")]
    [InlineData("version")]
    [InlineData("magic")]
    [InlineData("truncated")]
    [InlineData("key deleted")]
    public async Task Load_TamperedFileOrMissingKey_GivesTheCannotDecryptMessage(string damage)
    {
        using var harness = new SessionHarness();
        await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));
        var bytes = await File.ReadAllBytesAsync(harness.Store.FilePath);
        switch (damage)
        {
            case "ciphertext": bytes[40] ^= 0x01; break;
            case "nonce": bytes[6] ^= 0x80; break;
            case "tag": bytes[^1] ^= 0x01; break;
            case "version": bytes[4] = 0; break;
            case "magic": bytes[0] = (byte)'X'; break;
            case "truncated": bytes = bytes[..20]; break;
            default: File.Delete(harness.Keys.GeneratedKeyPath); break;
        }

        await File.WriteAllBytesAsync(harness.Store.FilePath, bytes);

        var ex = await Assert.ThrowsAsync<SessionDecryptException>(() => harness.Store.LoadAsync(CancellationToken.None));

        Assert.Equal(DecryptMessage(harness.Store.FilePath), ex.Message);
    }

    [Fact]
    public async Task Load_NewerFormatVersion_AsksForAnUpgrade()
    {
        using var harness = new SessionHarness();
        await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));
        var bytes = await File.ReadAllBytesAsync(harness.Store.FilePath);
        bytes[4] = 2;
        await File.WriteAllBytesAsync(harness.Store.FilePath, bytes);

        var ex = await Assert.ThrowsAsync<SessionStoreException>(() => harness.Store.LoadAsync(CancellationToken.None));

        Assert.Contains("written by a newer linkedin-auto (session format 2)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_NoSession_ReturnsNull()
    {
        using var harness = new SessionHarness();

        Assert.Null(await harness.Store.LoadAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("raw")]
    [InlineData("base64")]
    [InlineData("hex")]
    public async Task Keys_CredentialsDirectoryKey_IsPreferredOverTheGeneratedOne(string encoding)
    {
        using var harness = new SessionHarness(withCredentials: true);
        var key = RandomNumberGenerator.GetBytes(32);
        byte[] content = encoding switch
        {
            "raw" => key,
            "base64" => Encoding.ASCII.GetBytes(Convert.ToBase64String(key) + "\n"),
            _ => Encoding.ASCII.GetBytes(" " + Convert.ToHexString(key).ToLowerInvariant() + "\r\n"),
        };
        var credential = Path.Combine(harness.CredentialsDirectory!, "session-key");
        await File.WriteAllBytesAsync(credential, content);
        await File.WriteAllBytesAsync(harness.Keys.GeneratedKeyPath, RandomNumberGenerator.GetBytes(32));

        await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));
        var file = await File.ReadAllBytesAsync(harness.Store.FilePath);

        using var used = await harness.Keys.TryLoadAsync(CancellationToken.None);
        Assert.True(used!.IsCredential);
        Assert.Equal("systemd credential " + credential, used.Description);
        Assert.NotNull(SessionCipher.TryDecrypt(file, key, out _));
        File.Delete(credential);
        await Assert.ThrowsAsync<SessionDecryptException>(() => harness.Store.LoadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Keys_CredentialPresent_NoKeyFileIsGenerated()
    {
        using var harness = new SessionHarness(withCredentials: true);
        await File.WriteAllTextAsync(Path.Combine(harness.CredentialsDirectory!, "session-key"), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

        await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));

        Assert.False(File.Exists(harness.Keys.GeneratedKeyPath));
        Assert.NotNull(await harness.Store.LoadAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(16)]
    [InlineData(33)]
    [InlineData(0)]
    public async Task Keys_MalformedCredential_IsRejectedWithTheExpectedFormat(int length)
    {
        using var harness = new SessionHarness(withCredentials: true);
        var credential = Path.Combine(harness.CredentialsDirectory!, "session-key");
        await File.WriteAllBytesAsync(credential, RandomNumberGenerator.GetBytes(length));

        var ex = await Assert.ThrowsAsync<SessionStoreException>(() => harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow())));

        Assert.StartsWith(credential + ": not a session key; expected 32 raw bytes, or 32 bytes as hex (64 characters) or base64 (44 characters)", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(harness.StateDirectory));
    }

    [Fact]
    public async Task Forget_DeletesTheSessionAndTheGeneratedKey()
    {
        using var harness = new SessionHarness();
        await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));

        Assert.True(harness.Store.Forget());

        Assert.Empty(Directory.GetFileSystemEntries(harness.StateDirectory));
        Assert.False(harness.Store.Forget());
    }

    [Fact]
    public void Cookie_ToString_MasksTheValue()
    {
        var cookie = SessionSamples.NetscapeExpected(SessionSamples.Now)[0];

        Assert.Equal($"li_at (domain .www.linkedin.com, path /, value ***({SessionSamples.LiAt.Length} chars))", cookie.ToString());
    }

    private static IEnumerable<byte[]> Encodings(string value)
    {
        var utf8 = Encoding.UTF8.GetBytes(value);
        yield return utf8;
        yield return Encoding.UTF8.GetBytes(Convert.ToBase64String(utf8));
        yield return Encoding.UTF8.GetBytes(Convert.ToBase64String(utf8).TrimEnd('='));
        yield return Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value));
        yield return Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value, s_relaxed));
        yield return Encoding.Unicode.GetBytes(value);
    }
}
