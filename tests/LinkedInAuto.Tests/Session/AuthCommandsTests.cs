using System.Text.Json;

namespace LinkedInAuto.Tests.Session;

public sealed class AuthCommandsTests
{
    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    // Calendar days in Paris from today to the samples' li_at expiry: 300, or 301 when a DST change moves it past midnight.
    private static int DaysLeft(DateTimeOffset now)
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var expiry = DateTimeOffset.FromUnixTimeSeconds(SessionSamples.LiAtExpires(now).ToUnixTimeSeconds());
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(expiry, paris).DateTime).DayNumber - DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, paris).DateTime).DayNumber;
    }

    [Fact]
    public async Task Import_NetscapeFile_ReportsFormatCountsExpiryAndLocation()
    {
        using var cli = new CliSandbox();
        var now = Now;
        var file = cli.Write("cookies.txt", SessionSamples.Netscape(now));

        var (code, output, error) = await cli.RunAsync(["auth", "import", file]);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Imported the LinkedIn session (Netscape cookies.txt).", output, StringComparison.Ordinal);
        Assert.Contains("cookies kept: 4 for linkedin.com; dropped: 1 expired, 1 for other sites", output, StringComparison.Ordinal);
        Assert.Contains($"(Europe/Paris), {DaysLeft(now)} days left", output, StringComparison.Ordinal);
        Assert.Contains("stored encrypted in " + cli.SessionFile, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BadFile_Exits1NamingTheFileAndKeepsTheSession()
    {
        using var cli = new CliSandbox();
        await cli.RunAsync(["auth", "import", cli.Write("good.txt", SessionSamples.Netscape(Now))]);
        var before = await File.ReadAllBytesAsync(cli.SessionFile);
        var bad = cli.Write("bad.txt", "# Netscape HTTP Cookie File\n.linkedin.com\tTRUE\t/\tTRUE\tli_at\t" + SessionSamples.LiAt + "\n");

        var (code, output, error) = await cli.RunAsync(["auth", "import", bad]);

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"linkedin-auto: {bad}: line 2: expected 7 tab-separated fields: domain, TRUE/FALSE (subdomains), path, TRUE/FALSE (secure), expiry (Unix seconds, 0 = session), name, value; found 6 fields (the saved session is unchanged)\n", error);
        Assert.Equal(before, await File.ReadAllBytesAsync(cli.SessionFile));
    }

    [Fact]
    public async Task Import_MissingFile_Exits1()
    {
        using var cli = new CliSandbox();

        var (code, _, error) = await cli.RunAsync(["auth", "import", "/nonexistent/cookies.txt"]);

        Assert.Equal(1, code);
        Assert.StartsWith("linkedin-auto: /nonexistent/cookies.txt: not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_StdinWithFormat_IsAccepted()
    {
        using var cli = new CliSandbox();

        var (code, output, _) = await cli.RunAsync(["auth", "import", "-", "--format", "playwright"], SessionSamples.Playwright(Now));

        Assert.Equal(0, code);
        Assert.Contains("(Playwright storage state)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportLiAt_FromStdin_GivesNoHistoryHint()
    {
        using var cli = new CliSandbox();

        var (code, output, error) = await cli.RunAsync(["auth", "import", "--li-at", "-"], SessionSamples.LiAt + "\n");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("li_at expires: unknown", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportLiAt_FromATerminal_PromptsAndReadsOneLine()
    {
        using var cli = new CliSandbox();

        var (code, _, error) = await cli.RunAsync(["auth", "import", "--li-at", "-"], SessionSamples.LiAt + "\nstray text\n", interactive: true);

        Assert.Equal(0, code);
        Assert.Equal("Paste the li_at value, then press Enter:\n", error);
    }

    [Fact]
    public async Task ImportLiAt_LiteralValue_WarnsAboutShellHistory()
    {
        using var cli = new CliSandbox();

        var (code, _, error) = await cli.RunAsync(["auth", "import", "--li-at", SessionSamples.LiAt]);

        Assert.Equal(0, code);
        Assert.Contains("hint: a value on the command line stays in your shell history and is visible in `ps`", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("auth import")]
    [InlineData("auth import cookies.txt --li-at -")]
    [InlineData("auth import --li-at - --format netscape")]
    [InlineData("auth import cookies.txt --format har")]
    public async Task Import_WrongUsage_Exits2(string commandLine)
    {
        using var cli = new CliSandbox();

        var (code, _, _) = await cli.RunAsync(commandLine.Split(' '));

        Assert.Equal(2, code);
    }

    [Fact]
    public async Task Status_ImportedSession_PrintsExpiryAndExits0()
    {
        using var cli = new CliSandbox();
        await cli.RunAsync(["auth", "import", cli.Write("c.json", SessionSamples.CookieEditor(Now))]);

        var (code, output, error) = await cli.RunAsync(["auth", "status"]);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("state: present and decryptable", output, StringComparison.Ordinal);
        Assert.Contains("days left", output, StringComparison.Ordinal);
        Assert.Contains("cookies: 3 (no JSESSIONID yet", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_Json_IsOneObjectWithoutValues()
    {
        using var cli = new CliSandbox();
        var now = Now;
        await cli.RunAsync(["auth", "import", cli.Write("c.txt", SessionSamples.Netscape(now))]);

        var (code, output, _) = await cli.RunAsync(["auth", "status", "--json"]);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("usable").GetBoolean());
        Assert.Equal(DaysLeft(now), json.RootElement.GetProperty("daysLeft").GetInt32());
        Assert.Equal("Netscape", json.RootElement.GetProperty("source").GetString());
        Assert.True(json.RootElement.GetProperty("hasJSessionId").GetBoolean());
    }

    [Fact]
    public async Task Status_NearExpiry_ShowsTheWarning()
    {
        using var cli = new CliSandbox();
        var file = cli.Write("c.txt", $".www.linkedin.com\tTRUE\t/\tTRUE\t{SessionSamples.Unix(Now.AddDays(3).AddHours(1))}\tli_at\t{SessionSamples.LiAt}\n");
        var (_, _, importWarning) = await cli.RunAsync(["auth", "import", file]);

        var (code, _, error) = await cli.RunAsync(["auth", "status"]);

        Assert.Equal(0, code);
        Assert.StartsWith("warning: li_at expires ", importWarning, StringComparison.Ordinal);
        Assert.StartsWith("warning: li_at expires ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_NoSession_Exits1()
    {
        using var cli = new CliSandbox();

        var (code, output, _) = await cli.RunAsync(["auth", "status"]);

        Assert.Equal(1, code);
        Assert.Contains("no saved session", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_WrongKey_SaysCannotDecrypt()
    {
        using var cli = new CliSandbox();
        await cli.RunAsync(["auth", "import", cli.Write("c.txt", SessionSamples.Netscape(Now))]);
        await File.WriteAllBytesAsync(Path.Combine(cli.StateDirectory, "session.key"), new byte[32]);

        var (code, output, _) = await cli.RunAsync(["auth", "status"]);

        Assert.Equal(1, code);
        Assert.Contains($"{cli.SessionFile}: cannot decrypt the saved LinkedIn session — re-import with `linkedin-auto auth import`", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_NotInteractiveWithoutYes_RefusesAndKeeps()
    {
        using var cli = new CliSandbox();
        await cli.RunAsync(["auth", "import", cli.Write("c.txt", SessionSamples.Netscape(Now))]);

        var (code, _, error) = await cli.RunAsync(["auth", "forget"]);

        Assert.Equal(1, code);
        Assert.Contains("pass --yes", error, StringComparison.Ordinal);
        Assert.True(File.Exists(cli.SessionFile));
    }

    [Theory]
    [InlineData("y\n", 0, false)]
    [InlineData("yes\n", 0, false)]
    [InlineData("n\n", 1, true)]
    [InlineData("", 1, true)]
    public async Task Forget_Interactive_AsksFirst(string answer, int expectedCode, bool kept)
    {
        using var cli = new CliSandbox();
        await cli.RunAsync(["auth", "import", cli.Write("c.txt", SessionSamples.Netscape(Now))]);

        var (code, output, _) = await cli.RunAsync(["auth", "forget"], answer, interactive: true);

        Assert.Equal(expectedCode, code);
        Assert.Contains("Delete the saved LinkedIn session", output, StringComparison.Ordinal);
        Assert.Equal(kept, File.Exists(cli.SessionFile));
    }

    [Fact]
    public async Task Forget_Yes_DeletesSessionAndKey()
    {
        using var cli = new CliSandbox();
        await cli.RunAsync(["auth", "import", cli.Write("c.txt", SessionSamples.Netscape(Now))]);

        var (code, _, _) = await cli.RunAsync(["auth", "forget", "--yes"]);

        Assert.Equal(0, code);
        Assert.Empty(Directory.GetFileSystemEntries(cli.StateDirectory));
        Assert.Equal(0, (await cli.RunAsync(["auth", "forget", "--yes"])).Code);
    }

    [Fact]
    public async Task Check_AgainstTheLocalFake_LoggedInExits0()
    {
        await using var server = MiniLinkedIn.AcceptingOnly(SessionSamples.LiAt);
        using var cli = new CliSandbox(server.BaseUrl);
        await cli.RunAsync(["auth", "import", cli.Write("c.txt", SessionSamples.Netscape(Now))]);

        var (code, output, _) = await cli.RunAsync(["auth", "check"]);

        Assert.Equal(0, code);
        Assert.StartsWith("logged in: the feed opened", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_RevokedSession_ExpiredExits1()
    {
        await using var server = MiniLinkedIn.AcceptingOnly("another-value");
        using var cli = new CliSandbox(server.BaseUrl);
        await cli.RunAsync(["auth", "import", cli.Write("c.txt", SessionSamples.Netscape(Now))]);

        var (code, output, _) = await cli.RunAsync(["auth", "check"]);

        Assert.Equal(1, code);
        Assert.StartsWith("expired: LinkedIn asks to sign in again", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_NoSession_Exits1()
    {
        using var cli = new CliSandbox();

        var (code, _, error) = await cli.RunAsync(["auth", "check"]);

        Assert.Equal(1, code);
        Assert.Contains("no saved LinkedIn session", error, StringComparison.Ordinal);
    }
}
