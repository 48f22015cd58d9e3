using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using LinkedInAuto.Tests.Daemon;

namespace LinkedInAuto.Tests.Web;

/// <summary>`web.tls_certificate` / `web.tls_key`: HTTPS with a PEM certificate, and the login cookie then Secure.</summary>
public sealed class WebTlsTests
{
    [Fact]
    public async Task Web_WithACertificate_ServesHttpsAndTheLoginCookieIsSecure()
    {
        using var environment = new DaemonTestEnvironment();
        var (certificate, key) = WriteSelfSigned(Path.GetDirectoryName(environment.ConfigPath)!);
        environment.WriteConfig(WebSite.WebSection() + $"\n  tls_certificate: {certificate}\n  tls_key: {key}\n");
        Assert.Equal(0, await WebSite.SetPasswordAsync(environment, WebSite.Password + "\n" + WebSite.Password + "\n"));
        await using var web = WebSite.StartProcess(environment);
        var line = await web.WaitForStderrAsync(l => l.StartsWith("linkedin-auto web: listening on ", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        var address = new Uri(line["linkedin-auto web: listening on ".Length..].Trim());
        Assert.Equal("https", address.Scheme);
        using var handler = new HttpClientHandler
        {
            AllowAutoRedirect = false,
            CookieContainer = new CookieContainer(),
            ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Subject == "CN=raspberrypi.local",
        };
        using var client = new HttpClient(handler) { BaseAddress = address };

        using var login = await WebSite.LogInAsync(client, WebSite.Password);

        Assert.Equal(HttpStatusCode.Found, login.StatusCode);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("linkedin-auto-web=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Web_UnreadableCertificate_RefusesToStartAndSaysWhich()
    {
        using var environment = new DaemonTestEnvironment();
        environment.WriteConfig(WebSite.WebSection() + "\n  tls_certificate: missing.pem\n  tls_key: missing.key\n");
        Assert.Equal(0, await WebSite.SetPasswordAsync(environment, WebSite.Password + "\n" + WebSite.Password + "\n"));

        await using var web = await AppProcess.RunAsync(["web", "--config", environment.ConfigPath], environment.Environment());

        Assert.Equal(1, web.ExitCode);
        Assert.Contains(web.Stderr, l => l.Contains("cannot use web.tls_certificate " + Path.Combine(Path.GetDirectoryName(environment.ConfigPath)!, "missing.pem"), StringComparison.Ordinal));
    }

    private static (string Certificate, string Key) WriteSelfSigned(string directory)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=raspberrypi.local", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var certificate = request.CreateSelfSigned(TimeProvider.System.GetUtcNow().AddDays(-1), TimeProvider.System.GetUtcNow().AddDays(30));
        var certificatePath = Path.Combine(directory, "web.pem");
        var keyPath = Path.Combine(directory, "web.key");
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, rsa.ExportPkcs8PrivateKeyPem());
        return (certificatePath, keyPath);
    }
}
