using System.Text;
using LinkedInAuto.Logging;
using LinkedInAuto.Tests.Systemd;
using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace LinkedInAuto.Tests.Logging;

public sealed class SecretRedactionTests
{
    private const string LiAt = "AQEDARxSECRETliatVALUE_0123456789-abcdef";
    private const string SessionId = "ajax:8133719925004071234";

    [Theory]
    [InlineData("li_at", true)]
    [InlineData("LiAt", true)]
    [InlineData("li_rm", true)]
    [InlineData("JSESSIONID", true)]
    [InlineData("Cookie", true)]
    [InlineData("cookies", true)]
    [InlineData("SessionId", true)]
    [InlineData("ApiKey", true)]
    [InlineData("api_key", true)]
    [InlineData("OpenAiKey", true)]
    [InlineData("ClientSecret", true)]
    [InlineData("Password", true)]
    [InlineData("smtp-password", true)]
    [InlineData("AuthToken", true)]
    [InlineData("HTTPToken", true)]
    [InlineData("Credentials", true)]
    [InlineData("Authorization", true)]
    [InlineData("Keyword", false)]
    [InlineData("Monkey", false)]
    [InlineData("RunId", false)]
    [InlineData("ProfileUrl", false)]
    [InlineData("Tokenizer", false)]
    [InlineData("Bot", false)]
    [InlineData("Alias", false)]
    public void IsSecretName_MatchesWordParts(string name, bool expected)
    {
        Assert.Equal(expected, SecretRedactor.IsSecretName(name));
    }

    [Theory]
    [InlineData("Cookie: li_at=" + LiAt + "; lang=v=2", "Cookie: li_at=***; lang=v=2")]
    [InlineData("JSESSIONID=\"" + SessionId + "\"; Path=/", "JSESSIONID=\"***\"; Path=/")]
    [InlineData("{\"name\":\"li_at\",\"value\":\"x\",\"li_at\": \"" + LiAt + "\"}", "{\"name\":\"li_at\",\"value\":\"x\",\"li_at\": \"***\"}")]
    [InlineData("https://x.test/cb?token=abc123&page=2", "https://x.test/cb?token=***&page=2")]
    [InlineData("password: hunter2", "password: ***")]
    [InlineData("Authorization: Bearer eyJhbGciOi.JIUzI1NiJ9.sig", "Authorization: Bearer ***")]
    [InlineData("Set tokens=5 and keyword=x", "Set tokens=5 and keyword=x")]
    [InlineData("li_at={Cookie}", "li_at={Cookie}")]
    public void RedactText_MasksAssignments(string text, string expected)
    {
        Assert.Equal(expected, SecretRedactor.RedactText(text));
    }

    [Fact]
    public void Redact_CleanEvent_SameInstance()
    {
        var logEvent = CapturingSink.Capture(l => l.Information("Run {RunId} for {@Bot}", 42, new { Name = "invites" }));

        Assert.Same(logEvent, SecretRedactor.Redact(logEvent));
    }

    [Fact]
    public async Task Secrets_NeverReachJournalClefOrConsole()
    {
        await using var journal = NotifySocketListener.BindPath();
        var json = new StringWriter();
        var console = new StringWriter();
        var journalStderr = new StringWriter();
        var options = new LoggingOptions { MinimumLevel = LogEventLevel.Verbose, JournalSocketPath = journal.SocketPath! };
        Logger[] loggers =
        [
            LoggingSetup.CreateLogger(options, LogFormat.Journal, journalStderr, null),
            LoggingSetup.CreateLogger(options, LogFormat.Json, json, null),
            LoggingSetup.CreateLogger(options, LogFormat.Console, console, null),
        ];

        foreach (var logger in loggers)
        {
            WriteSecrets(logger);
            await logger.DisposeAsync();
        }

        await journal.SyncAsync();
        var journalText = string.Join("\n---\n", journal.Datagrams.Select(d => Encoding.UTF8.GetString(d.Bytes)));
        Assert.Equal(8, journal.Count);
        foreach (var (output, text) in new[] { ("journal", journalText), ("json", json.ToString()), ("console", console.ToString()) })
        {
            Assert.False(text.Contains(LiAt, StringComparison.Ordinal), $"li_at leaked into {output}:\n{text}");
            Assert.False(text.Contains(SessionId, StringComparison.Ordinal), $"JSESSIONID leaked into {output}:\n{text}");
            Assert.False(text.Contains("hunter2", StringComparison.Ordinal), $"password leaked into {output}:\n{text}");
            Assert.Contains(SecretRedactor.Mask, text, StringComparison.Ordinal);
        }

        Assert.Empty(journalStderr.ToString());
        Assert.Contains("\"Stored\":[{\"Name\":\"li_at\",\"Value\":\"***\",\"Domain\":\".linkedin.com\"}]", json.ToString(), StringComparison.Ordinal);
        Assert.Contains("EXCEPTION_TYPE=System.Net.Http.HttpRequestException", journalText, StringComparison.Ordinal);
        Assert.Contains("Logged in with *** for https://www.linkedin.com/in/jane", console.ToString(), StringComparison.Ordinal);
    }

    private static void WriteSecrets(Logger logger)
    {
        // (1) as a property named after the cookie, (2) as a property whose name says "cookie"
        logger.Information("Logged in with {li_at} for {ProfileUrl}", LiAt, "https://www.linkedin.com/in/jane");
        logger.Information("Restored {Cookie}", $"li_at={LiAt}");

        // (3) inside structures, dictionaries and sequences (Playwright-like cookie objects)
        logger.Information("Session {@State}", new
        {
            Profile = "jane",
            Stored = new List<object> { new { Name = "li_at", Value = LiAt, Domain = ".linkedin.com" } },
            Jar = new Dictionary<string, string> { ["JSESSIONID"] = SessionId, ["lang"] = "en" },
            Login = new { User = "jane@example.com", Password = "hunter2" },
        });
        logger.Information("Browser cookies {@Items}", new List<object> { new { Name = "JSESSIONID", Value = SessionId } });

        // (4) inside an ordinary string property, e.g. a request header dumped for debugging
        logger.Debug("Request headers {Headers}", $"Cookie: li_at={LiAt}; JSESSIONID=\"{SessionId}\"");

        // (5) inside an exception message (and thus its ToString with stack trace)
        var exception = Throw(new System.Net.Http.HttpRequestException($"401 for cookie li_at={LiAt}",
            new InvalidOperationException($"inner JSESSIONID={SessionId}")));
        logger.Error(exception, "Fetch failed");

        // (6) inside literal template text (a template built at runtime) and (7) a Uri with a token
        logger.Write(new LogEvent(DateTimeOffset.UnixEpoch, LogEventLevel.Warning, null,
            new MessageTemplateParser().Parse($"Replaying li_at={LiAt} for {{RunId}}"),
            [new LogEventProperty("RunId", new ScalarValue(7))]));
        logger.Information("Callback {Callback}", new Uri($"https://x.test/cb?access_token={LiAt}"));
    }

    private static Exception Throw(Exception exception)
    {
        try
        {
            throw exception;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
