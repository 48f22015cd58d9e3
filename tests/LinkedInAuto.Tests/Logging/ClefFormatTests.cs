using System.Globalization;
using System.Text.Json;
using LinkedInAuto.Logging;
using Serilog.Events;
using Serilog.Parsing;

namespace LinkedInAuto.Tests.Logging;

public sealed class ClefFormatTests
{
    [Fact]
    public void Format_InformationEvent_CompactShape()
    {
        var logEvent = CapturingSink.Capture(l => l.Information("Run {RunId} visited {ProfileUrl}", 42, "https://x/in/jane"));

        var line = Format(logEvent);

        Assert.EndsWith("}\n", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line[..^1]);
        using var json = JsonDocument.Parse(line);
        var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["@t", "@mt", "RunId", "ProfileUrl"], names);
        Assert.Equal("Run {RunId} visited {ProfileUrl}", json.RootElement.GetProperty("@mt").GetString());
        Assert.Equal(42, json.RootElement.GetProperty("RunId").GetInt32());
        Assert.Equal("https://x/in/jane", json.RootElement.GetProperty("ProfileUrl").GetString());
    }

    [Fact]
    public void Format_Timestamp_IsoUtcRoundTrip()
    {
        var timestamp = new DateTimeOffset(2016, 6, 7, 13, 44, 57, TimeSpan.FromHours(10)).AddTicks(8532799);
        var logEvent = new LogEvent(timestamp, LogEventLevel.Information, null, new MessageTemplateParser().Parse("Hi"), []);

        using var json = JsonDocument.Parse(Format(logEvent));

        Assert.Equal("2016-06-07T03:44:57.8532799Z", json.RootElement.GetProperty("@t").GetString());
    }

    [Theory]
    [InlineData(LogEventLevel.Verbose, "Verbose")]
    [InlineData(LogEventLevel.Debug, "Debug")]
    [InlineData(LogEventLevel.Information, null)]
    [InlineData(LogEventLevel.Warning, "Warning")]
    [InlineData(LogEventLevel.Error, "Error")]
    [InlineData(LogEventLevel.Fatal, "Fatal")]
    public void Format_Level_OnlyWhenNotInformation(LogEventLevel level, string? expected)
    {
        var logEvent = CapturingSink.Capture(l => l.Write(level, "Something"));

        using var json = JsonDocument.Parse(Format(logEvent));

        Assert.Equal(expected, json.RootElement.TryGetProperty("@l", out var l) ? l.GetString() : null);
    }

    [Fact]
    public void Format_Exception_WrittenAsX()
    {
        var exception = new InvalidOperationException("boom\nsecond line");
        var logEvent = CapturingSink.Capture(l => l.Error(exception, "Failed"));

        var line = Format(logEvent);
        using var json = JsonDocument.Parse(line);

        Assert.Equal(exception.ToString(), json.RootElement.GetProperty("@x").GetString());
        Assert.Equal(["@t", "@mt", "@l", "@x"], json.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Single(line.Split('\n', StringSplitOptions.RemoveEmptyEntries)); // still one line
    }

    [Fact]
    public void Format_PropertyStartingWithAt_Escaped()
    {
        var logEvent = new LogEvent(DateTimeOffset.UnixEpoch, LogEventLevel.Information, null,
            new MessageTemplateParser().Parse("Hi"), [new LogEventProperty("@Mistake", new ScalarValue(1))]);

        using var json = JsonDocument.Parse(Format(logEvent));

        Assert.Equal(1, json.RootElement.GetProperty("@@Mistake").GetInt32());
        Assert.False(json.RootElement.TryGetProperty("@Mistake", out _));
    }

    [Fact]
    public void Format_TokensWithFormat_RenderingsInvariant()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-BE");
        try
        {
            var logEvent = CapturingSink.Capture(l => l.Information("Took {Elapsed:0.00} ms for {Id:x8} ({Plain})", 1.5, 42, 3.25));

            using var json = JsonDocument.Parse(Format(logEvent));

            var renderings = json.RootElement.GetProperty("@r").EnumerateArray().Select(e => e.GetString()!).ToArray();
            Assert.Equal(["1.50", "0000002a"], renderings);
            Assert.Equal(["@t", "@mt", "@r", "Elapsed", "Id", "Plain"], json.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Format_NoTokenWithFormat_NoRenderings()
    {
        var logEvent = CapturingSink.Capture(l => l.Information("Took {Elapsed} ms", 1.5));

        using var json = JsonDocument.Parse(Format(logEvent));

        Assert.False(json.RootElement.TryGetProperty("@r", out _));
    }

    [Fact]
    public void Format_Structures_UseTypeTag()
    {
        var logEvent = CapturingSink.Capture(l => l.Information("Bot {@Bot} with {Tags} and {Limits}",
            new BotInfo("invites", 20), new List<string> { "a", "b" }, new Dictionary<string, int> { ["daily"] = 20 }));

        using var json = JsonDocument.Parse(Format(logEvent));

        var bot = json.RootElement.GetProperty("Bot");
        Assert.Equal("BotInfo", bot.GetProperty("$type").GetString());
        Assert.Equal("invites", bot.GetProperty("Name").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("Tags").GetArrayLength());
        Assert.Equal(20, json.RootElement.GetProperty("Limits").GetProperty("daily").GetInt32());
    }

    [Fact]
    public void Format_SeveralEvents_OneParseableObjectPerLine()
    {
        var formatter = Clef.Formatter;
        using var output = new StringWriter();
        formatter.Format(CapturingSink.Capture(l => l.Information("One \"quoted\" {X}", "a\nb")), output);
        formatter.Format(CapturingSink.Capture(l => l.Warning("Two é🙂")), output);
        formatter.Format(CapturingSink.Capture(l => l.Error(new InvalidOperationException("x"), "Three")), output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(3, lines.Length);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            Assert.True(DateTimeOffset.TryParse(json.RootElement.GetProperty("@t").GetString(), CultureInfo.InvariantCulture, out _));
            Assert.EndsWith("Z", json.RootElement.GetProperty("@t").GetString(), StringComparison.Ordinal);
        }
    }

    private static string Format(LogEvent logEvent)
    {
        using var output = new StringWriter();
        Clef.Formatter.Format(logEvent, output);
        return output.ToString();
    }

    private sealed record BotInfo(string Name, int DailyLimit);
}
