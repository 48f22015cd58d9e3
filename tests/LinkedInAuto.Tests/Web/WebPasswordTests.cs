using LinkedInAuto.Tests.Daemon;
using LinkedInAuto.Web;

namespace LinkedInAuto.Tests.Web;

/// <summary>`web password` and the refusal to start without one.</summary>
public sealed class WebPasswordTests
{
    [Fact]
    public async Task Web_WithoutPasswordFile_RefusesToStartAndSaysHowToSetIt()
    {
        using var environment = new DaemonTestEnvironment();
        environment.WriteConfig(WebSite.WebSection());

        await using var web = await AppProcess.RunAsync(["web", "--config", environment.ConfigPath], environment.Environment());

        Assert.Equal(1, web.ExitCode);
        var message = string.Join('\n', web.Stderr);
        Assert.Contains("the web page stays off", message, StringComparison.Ordinal);
        Assert.Contains("sudo linkedin-auto web password", message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(Path.GetDirectoryName(environment.ConfigPath)!, "web-password"), message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebPassword_TwiceOnStdin_WritesAVerifiableSaltedHashWithMode0640()
    {
        using var environment = new DaemonTestEnvironment();
        using var output = new StringWriter();

        var code = await WebSite.SetPasswordAsync(environment, "a long passphrase\na long passphrase\n", output);

        Assert.Equal(0, code);
        var file = WebPasswordFile.ForConfig(environment.ConfigPath);
        Assert.Equal(WebPasswordFile.Mode, File.GetUnixFileMode(file.Path));
        var stored = (await File.ReadAllTextAsync(file.Path)).Trim();
        Assert.StartsWith("linkedin-auto-web-v1$pbkdf2-sha256$", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("passphrase", stored, StringComparison.Ordinal);
        Assert.True(WebPasswordHash.Verify(stored, "a long passphrase"));
        Assert.False(WebPasswordHash.Verify(stored, "a long passphrasf"));
        Assert.True(file.Verify("a long passphrase"));
        Assert.Contains("web password set in " + file.Path, output.ToString(), StringComparison.Ordinal);

        // Setting it again gives a new salt: the same password never gives the same file.
        Assert.Equal(0, await WebSite.SetPasswordAsync(environment, "a long passphrase\na long passphrase\n"));
        Assert.NotEqual(stored, (await File.ReadAllTextAsync(file.Path)).Trim());
    }

    [Theory]
    [InlineData("first password\nsecond password\n", "the two passwords differ")]
    [InlineData("short\nshort\n", "too short")]
    [InlineData("", "no password given")]
    public async Task WebPassword_BadInput_FailsClearlyAndWritesNothing(string stdin, string expected)
    {
        using var environment = new DaemonTestEnvironment();
        using var error = new StringWriter();

        var code = await WebSite.SetPasswordAsync(environment, stdin, error: error);

        Assert.Equal(1, code);
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(WebPasswordFile.ForConfig(environment.ConfigPath).Path));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain text")]
    [InlineData("linkedin-auto-web-v1$pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("linkedin-auto-web-v1$pbkdf2-sha256$210000$not base64$AAAA")]
    public void Verify_NotAHashOrTooFewIterations_IsFalse(string stored)
    {
        Assert.False(WebPasswordHash.Verify(stored, "anything at all"));
    }
}
