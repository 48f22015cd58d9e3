using LinkedInAuto.Configuration;
using LinkedInAuto.Doctor;
using LinkedInAuto.Session;
using LinkedInAuto.Tests.Session;
using Microsoft.Extensions.Time.Testing;

namespace LinkedInAuto.Tests.Doctor;

/// <summary>The session check on real encrypted files, at a fixed instant.</summary>
public sealed class SessionCheckTests : IDisposable
{
    private static readonly DateTimeOffset s_now = SessionSamples.Now;
    private readonly TempDirectory _root = new();
    private readonly FakeSystemProbe _probe = new();
    private readonly DoctorContext _context;

    public SessionCheckTests()
    {
        _context = FakeSystemProbe.Context(_root.File("state")) with { Config = new AppConfig { TimeZone = TimeZoneId.Parse("Europe/Paris") } };
    }

    [Theory]
    [InlineData(300, DoctorStatus.Pass)]
    [InlineData(5, DoctorStatus.Warn)]
    [InlineData(-1, DoctorStatus.Fail)]
    public async Task Expiry_WarnsInsideTheWarningWindow_FailsOnceExpired(int days, DoctorStatus expected)
    {
        await SaveAsync(s_now.AddDays(days));

        var result = await RunAsync();

        Assert.Equal(expected, result.Status);
        switch (expected)
        {
            case DoctorStatus.Pass:
                Assert.Equal($"present, decryptable (generated key file {_root.File("state")}/session.key); li_at expires 2026-03-28 (Europe/Paris), 300 days left", result.Detail);
                break;
            case DoctorStatus.Warn:
                Assert.EndsWith("5 days left, within account.session_expiry_warning (7 days)", result.Detail, StringComparison.Ordinal);
                Assert.Contains("re-import them before then: `linkedin-auto auth import FILE`", result.Hint, StringComparison.Ordinal);
                break;
            default:
                Assert.Equal("li_at expired: 2025-05-31 (Europe/Paris), expired", result.Detail);
                Assert.Contains("re-import them: `linkedin-auto auth import FILE`", result.Hint, StringComparison.Ordinal);
                break;
        }
    }

    [Fact]
    public async Task WrongKey_FailsNamingAuthImport()
    {
        await SaveAsync(s_now.AddDays(300));
        await File.WriteAllBytesAsync(Path.Combine(_root.File("state"), SessionKeyStore.GeneratedKeyName), new byte[32]);

        var result = await RunAsync();

        Assert.Equal(DoctorStatus.Fail, result.Status);
        Assert.EndsWith(SessionDecryptException.Reason, result.Detail, StringComparison.Ordinal);
        Assert.Contains("re-import with `linkedin-auto auth import FILE`", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceCredentialOutsideTheUnit_AsAnotherUser_AsksForRoot()
    {
        await SaveAsync(s_now.AddDays(300));
        var credential = new FakeCredential(_root.File("linkedin-auto.session-key"), () => throw new InvalidOperationException("only root decrypts"));
        _probe.Existing.Add(credential.Path);

        var result = await new SessionCheck(_context, _probe, new FakeTimeProvider(s_now), credential).RunAsync(default);

        Assert.Equal(DoctorStatus.Warn, result.Status);
        Assert.Equal("run `sudo linkedin-auto doctor`", result.Hint);
        Assert.Equal(0, credential.Calls);
    }

    [Fact]
    public async Task ServiceCredentialOutsideTheUnit_AsRoot_DecryptsTheSessionWithIt()
    {
        await SaveAsync(s_now.AddDays(300));
        var generated = Path.Combine(_root.File("state"), SessionKeyStore.GeneratedKeyName);
        var key = await File.ReadAllBytesAsync(generated);
        File.Delete(generated);
        var credential = new FakeCredential(_root.File("linkedin-auto.session-key"), () => [.. key]);
        _probe.Existing.Add(credential.Path);
        _probe.EffectiveUserId = 0;

        var result = await new SessionCheck(_context, _probe, new FakeTimeProvider(s_now), credential).RunAsync(default);

        Assert.Equal(DoctorStatus.Pass, result.Status);
        Assert.StartsWith($"present, decryptable (systemd credential {credential.Path}); li_at expires", result.Detail, StringComparison.Ordinal);
        Assert.Equal(1, credential.Calls);
        Assert.False(File.Exists(generated), "the check never creates a key of its own");
    }

    [Fact]
    public async Task ServiceCredentialThatDoesNotDecrypt_FailsWithTheWayToANewKey()
    {
        await SaveAsync(s_now.AddDays(300));
        var path = _root.File("linkedin-auto.session-key");
        var credential = new FakeCredential(path, () => throw new SessionStoreException($"{path}: `systemd-creds decrypt` failed (Failed to decrypt credential: Bad message)"));
        _probe.Existing.Add(path);
        _probe.EffectiveUserId = 0;

        var result = await new SessionCheck(_context, _probe, new FakeTimeProvider(s_now), credential).RunAsync(default);

        Assert.Equal(DoctorStatus.Fail, result.Status);
        Assert.Equal($"the session key cannot be read: {path}: `systemd-creds decrypt` failed (Failed to decrypt credential: Bad message)", result.Detail);
        Assert.Contains("sudo dpkg-reconfigure linkedin-auto", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoSession_Fails()
    {
        var result = await RunAsync();

        Assert.Equal(DoctorStatus.Fail, result.Status);
        Assert.StartsWith("import one: `linkedin-auto auth import FILE`", result.Hint, StringComparison.Ordinal);
    }

    public void Dispose() => _root.Dispose();

    private Task<DoctorResult> RunAsync() =>
        new SessionCheck(_context, _probe, new FakeTimeProvider(s_now), new FakeCredential(_root.File("no-credential"), () => null)).RunAsync(default);

    private async Task SaveAsync(DateTimeOffset liAtExpires)
    {
        var directories = _context.Directories;
        var liAt = new SessionCookie(SessionCookie.LiAt, SessionSamples.LiAt, ".www.linkedin.com", "/", liAtExpires, true, true, CookieSameSite.None);
        await new SessionStore(directories, new SessionKeyStore(directories)).SaveAsync(new StoredSession([liAt], s_now.AddDays(-60), SessionFormat.Netscape, s_now), default);
    }

    /// <summary>The packaged credential, decrypted by a function instead of systemd-creds (which needs root and the host key).</summary>
    private sealed class FakeCredential(string path, Func<byte[]?> decrypt) : SystemdCredentialDecryptor(path, "systemd-creds")
    {
        public int Calls { get; private set; }

        public override Task<byte[]?> TryDecryptAsync(CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(decrypt());
        }
    }
}
