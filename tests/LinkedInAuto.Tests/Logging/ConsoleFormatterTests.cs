using System.Globalization;
using LinkedInAuto.Logging;
using Serilog.Events;
using Serilog.Parsing;

namespace LinkedInAuto.Tests.Logging;

public sealed class ConsoleFormatterTests
{
    private static readonly DateTimeOffset s_time = new(2025, 3, 4, 12, 34, 56, TimeSpan.Zero);

    [Fact]
    public void Format_ShowsTimeLevelMessageAndTheBotAndRun()
    {
        var logEvent = Event(LogEventLevel.Information, "Run {RunId} started", ("RunId", 42), ("Bot", "invites"));

        Assert.Equal("12:34:56 INF Run 42 started  [invites #42]\n", Format(logEvent));
    }

    [Fact]
    public void Format_DryRun_Said()
    {
        var logEvent = Event(LogEventLevel.Information, "Sent", ("Bot", "birthday"), ("RunId", 7), ("DryRun", true));

        Assert.Equal("12:34:56 INF Sent  [birthday #7, dry run]\n", Format(logEvent));
    }

    [Theory]
    [InlineData(LogEventLevel.Verbose, "VRB")]
    [InlineData(LogEventLevel.Debug, "DBG")]
    [InlineData(LogEventLevel.Warning, "WRN")]
    [InlineData(LogEventLevel.Error, "ERR")]
    [InlineData(LogEventLevel.Fatal, "FTL")]
    public void Format_LevelCodes(LogEventLevel level, string code)
    {
        Assert.Equal($"12:34:56 {code} Hello\n", Format(Event(level, "Hello")));
    }

    [Fact]
    public void Format_OtherProperties_LeftToTheStructuredOutputs()
    {
        var logEvent = Event(LogEventLevel.Information, "Saved", ("EventId", 12), ("SourceContext", "LinkedInAuto.Storage"), ("Path", "/var/lib/x"));

        Assert.Equal("12:34:56 INF Saved\n", Format(logEvent));
    }

    [Fact]
    public void Format_Exception_OnFollowingLines()
    {
        var exception = new InvalidOperationException("boom");
        var logEvent = new LogEvent(s_time, LogEventLevel.Error, exception, new MessageTemplateParser().Parse("Failed"), []);

        Assert.Equal("12:34:56 ERR Failed\n" + exception + "\n", Format(logEvent));
    }

    [Fact]
    public void Format_UnderNonInvariantCulture_Invariant()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
        try
        {
            var logEvent = Event(LogEventLevel.Information, "Ratio {Ratio} and {Fixed:0.0}", ("Ratio", 0.5), ("Fixed", 2.34), ("Extra", 1.5m));

            Assert.Equal("12:34:56 INF Ratio 0.5 and 2.3\n", Format(logEvent));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Format_Alignment_Padded()
    {
        var logEvent = Event(LogEventLevel.Information, "[{Bot,-8}] [{Count,4}]", ("Bot", "inv"), ("Count", 7));

        Assert.Equal("12:34:56 INF [inv     ] [   7]\n", Format(logEvent));
    }

    private static LogEvent Event(LogEventLevel level, string template, params (string Name, object Value)[] properties) =>
        new(s_time, level, null, new MessageTemplateParser().Parse(template),
            properties.Select(p => new LogEventProperty(p.Name, new ScalarValue(p.Value))));

    private static string Format(LogEvent logEvent)
    {
        using var output = new StringWriter();
        new ConsoleFormatter().Format(logEvent, output);
        return output.ToString();
    }
}
