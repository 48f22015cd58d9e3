using System.Diagnostics;
using LinkedInAuto.Session;

namespace LinkedInAuto.Tests.Session;

/// <summary>A command run by hand on an installed system uses the same key as the service: the package's encrypted credential.</summary>
public sealed class PackagedCredentialTests
{
    private const string KeyBase64 = "q83vEjRWeJASNFZ4kBI0VniQEjRWeJASNFZ4kBI0Vng=";

    [Fact]
    public async Task KeyStore_WithPackagedCredential_DecryptsItAndGeneratesNoKeyFile()
    {
        using var harness = new SessionHarness();
        using var tools = new TempDirectory();
        var credential = tools.File("linkedin-auto.session-key");
        await File.WriteAllTextAsync(credential, "sealed bytes");
        var keys = new SessionKeyStore(harness.Directories, new SystemdCredentialDecryptor(credential, FakeTool(tools, $"echo {KeyBase64}")));

        using var key = await keys.LoadOrCreateAsync(CancellationToken.None);

        Assert.True(key.IsCredential);
        Assert.Equal(credential, key.Path);
        Assert.False(File.Exists(keys.GeneratedKeyPath));
    }

    [Fact]
    public async Task KeyStore_WhenTheCredentialCannotBeDecrypted_RefusesInsteadOfGeneratingAnotherKey()
    {
        using var harness = new SessionHarness();
        using var tools = new TempDirectory();
        var credential = tools.File("linkedin-auto.session-key");
        await File.WriteAllTextAsync(credential, "sealed bytes");
        var keys = new SessionKeyStore(harness.Directories, new SystemdCredentialDecryptor(credential, FakeTool(tools, "echo 'Failed to decrypt' >&2; exit 1")));

        var ex = await Assert.ThrowsAsync<SessionStoreException>(() => keys.LoadOrCreateAsync(CancellationToken.None));

        Assert.Contains("Failed to decrypt", ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(keys.GeneratedKeyPath));
    }

    [Fact]
    public async Task Import_ByRoot_LeavesTheSessionToTheStateDirectoryOwner()
    {
        Assert.True(Environment.UserName == "root", "this check needs root, as CI runs it (sudo linkedin-auto auth import)");
        using var harness = new SessionHarness();
        await RunAsync("chown", "65534:65534", harness.StateDirectory);

        await harness.Importer.ImportLiAtAsync(SessionSamples.LiAt, CancellationToken.None);

        Assert.Equal("65534:65534", (await RunAsync("stat", "-c", "%u:%g", harness.Store.FilePath)).Trim());
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(harness.Store.FilePath));
    }

    private static string FakeTool(TempDirectory directory, string body)
    {
        var path = directory.File("systemd-creds");
        File.WriteAllText(path, $"#!/bin/sh\n[ \"$1 $2 $4\" = \"decrypt --name=session-key -\" ] || {{ echo bad arguments >&2; exit 2; }}\n{body}\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    private static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
