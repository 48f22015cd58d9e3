using System.Globalization;
using System.Text;
using System.Text.Json;
using LinkedInAuto.Logging;
using LinkedInAuto.Tests.Systemd;
using Serilog;
using Serilog.Events;

namespace LinkedInAuto.Tests.Logging;

public sealed class JournalSinkTests : IAsyncLifetime
{
    private NotifySocketListener _listener = null!;
    private Serilog.Core.Logger _logger = null!;

    public Task InitializeAsync()
    {
        _listener = NotifySocketListener.BindPath();
        _logger = new LoggerConfiguration()
            .MinimumLevel.Verbose()
            .WriteTo.Sink(new JournalSink(new JournalDatagramWriter(_listener.SocketPath!, new StringWriter())))
            .CreateLogger();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _logger.Dispose();
        await _listener.DisposeAsync();
    }

    [Fact]
    public async Task Emit_StructuredEvent_ExactFields()
    {
        _logger.ForContext("SourceContext", "LinkedInAuto.Bots.InviteBot")
            .ForContext("BOT", "invites")
            .Information("Run {RunId} visited {ProfileUrl}", 42, "https://www.linkedin.com/in/jane-doe");

        var fields = await NextEntryAsync();

        Assert.Equal(
            ["MESSAGE", "PRIORITY", "SYSLOG_IDENTIFIER", "LOGGER", "RUN_ID", "PROFILE_URL", "BOT", "CLEF"],
            fields.Select(f => f.Name));
        Assert.All(fields, f => Assert.False(f.IsBinary));
        Assert.Equal("Run 42 visited https://www.linkedin.com/in/jane-doe", fields.Text("MESSAGE"));
        Assert.Equal("6", fields.Text("PRIORITY"));
        Assert.Equal("linkedin-auto", fields.Text("SYSLOG_IDENTIFIER"));
        Assert.Equal("LinkedInAuto.Bots.InviteBot", fields.Text("LOGGER"));
        Assert.Equal("42", fields.Text("RUN_ID"));
        Assert.Equal("https://www.linkedin.com/in/jane-doe", fields.Text("PROFILE_URL"));
        Assert.Equal("invites", fields.Text("BOT"));
        using var clef = JsonDocument.Parse(fields.Text("CLEF"));
        Assert.Equal("Run {RunId} visited {ProfileUrl}", clef.RootElement.GetProperty("@mt").GetString());
        Assert.Equal(42, clef.RootElement.GetProperty("RunId").GetInt32());
    }

    [Theory]
    [InlineData(LogEventLevel.Verbose, "7")]
    [InlineData(LogEventLevel.Debug, "7")]
    [InlineData(LogEventLevel.Information, "6")]
    [InlineData(LogEventLevel.Warning, "4")]
    [InlineData(LogEventLevel.Error, "3")]
    [InlineData(LogEventLevel.Fatal, "2")]
    public async Task Emit_EveryLevel_MapsPriority(LogEventLevel level, string priority)
    {
        _logger.Write(level, "Level {Level}", level);

        var fields = await NextEntryAsync();

        Assert.Equal(priority, fields.Text("PRIORITY"));
    }

    [Fact]
    public async Task Emit_MultiLineException_BinaryFieldWithFullText()
    {
        var exception = Throw(() => throw new InvalidOperationException("Navigation failed", new TimeoutException("30 s elapsed")));

        _logger.Error(exception, "Bot {Bot} failed", "invites");
        var fields = await NextEntryAsync();

        var field = Assert.Single(fields, f => f.Name == "EXCEPTION");
        Assert.True(field.IsBinary);
        Assert.Equal(exception.ToString(), field.Text);
        Assert.Contains('\n', field.Text);
        Assert.Equal("System.InvalidOperationException", fields.Text("EXCEPTION_TYPE"));
        Assert.Equal("Bot invites failed", fields.Text("MESSAGE"));
        Assert.Equal("3", fields.Text("PRIORITY"));
    }

    [Fact]
    public async Task Emit_MultiLineMessage_OneEntryBinaryMessage()
    {
        _logger.Information("Summary:{NewLine}{Details}", "\n", "line 1\nline 2");

        var fields = await NextEntryAsync();

        var message = Assert.Single(fields, f => f.Name == "MESSAGE");
        Assert.True(message.IsBinary);
        Assert.Equal("Summary:\nline 1\nline 2", message.Text);
        await _listener.SyncAsync();
        Assert.Equal(1, _listener.Count);
    }

    [Fact]
    public async Task Emit_NonAscii_IntactUtf8()
    {
        _logger.Information("Café ☕ for {Name} 🙂", "Zoë Ångström");

        var datagram = await _listener.WaitForAsync(_ => true);
        var fields = JournalEntryParser.Parse(datagram.Bytes);

        Assert.Equal("Café ☕ for Zoë Ångström 🙂", fields.Text("MESSAGE"));
        Assert.Equal("Zoë Ångström", fields.Text("NAME"));
        var expected = Encoding.UTF8.GetBytes("MESSAGE=Café ☕ for Zoë Ångström 🙂\n");
        Assert.Equal(expected, datagram.Bytes[..expected.Length]);
    }

    [Fact]
    public async Task Emit_UnderFrenchCulture_RendersInvariant()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
        try
        {
            Assert.Equal("3,5", 3.5m.ToString(CultureInfo.CurrentCulture)); // the culture really is non-invariant
            _logger.Information("Paid {Amount} at {When} ({Ratio:0.00})", 3.5m,
                new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero), 0.25);

            var fields = await NextEntryAsync();

            Assert.Equal("Paid 3.5 at 2025-03-04T05:06:07.0000000+00:00 (0.25)", fields.Text("MESSAGE"));
            Assert.Equal("3.5", fields.Text("AMOUNT"));
            Assert.Equal("0.25", fields.Text("RATIO"));
            Assert.Contains("\"Amount\":3.5", fields.Text("CLEF"), StringComparison.Ordinal);
            Assert.Contains("\"@r\":[\"0.25\"]", fields.Text("CLEF"), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public async Task Emit_PropertyNamedLikeOwnField_CannotShadowIt()
    {
        _logger.Information("User said {Message} with {Priority}", "hi", "urgent");

        var fields = await NextEntryAsync();

        Assert.Equal("User said hi with urgent", fields.Text("MESSAGE"));
        Assert.Equal("6", fields.Text("PRIORITY"));
        Assert.Equal("hi", fields.Text("X_MESSAGE"));
        Assert.Equal("urgent", fields.Text("X_PRIORITY"));
    }

    [Fact]
    public async Task Emit_StructuredValue_JsonFieldWithoutTypeTagButClefKeepsIt()
    {
        _logger.Information("Started {@Run}", new RunInfo(7, ["invites", "posts"]));

        var fields = await NextEntryAsync();

        Assert.Equal("Started {\"Id\":7,\"Bots\":[\"invites\",\"posts\"]}", fields.Text("MESSAGE"));
        Assert.Equal("{\"Id\":7,\"Bots\":[\"invites\",\"posts\"]}", fields.Text("RUN"));
        using var clef = JsonDocument.Parse(fields.Text("CLEF"));
        Assert.Equal("RunInfo", clef.RootElement.GetProperty("Run").GetProperty("$type").GetString());
    }

    [Fact]
    public async Task Emit_OversizeEvent_TruncatedAndDelivered()
    {
        var page = new string('<', 1024 * 1024);

        _logger.Warning("Unexpected page {Html}", page);
        var datagram = await _listener.WaitForAsync(_ => true);

        Assert.True(datagram.Bytes.Length <= JournalDatagramWriter.DefaultMaxEntryBytes);
        var fields = JournalEntryParser.Parse(datagram.Bytes);
        Assert.StartsWith("Unexpected page <<<", fields.Text("MESSAGE"), StringComparison.Ordinal);
        Assert.EndsWith("bytes in total]", fields.Text("MESSAGE"), StringComparison.Ordinal);
        Assert.Equal("4", fields.Text("PRIORITY"));
        Assert.Equal("linkedin-auto", fields.Text("SYSLOG_IDENTIFIER"));
        Assert.Contains(fields, f => f.Name == "TRUNCATED_FIELDS");
    }

    private async Task<IReadOnlyList<JournalField>> NextEntryAsync()
    {
        var datagram = await _listener.WaitForAsync(_ => true);
        return JournalEntryParser.Parse(datagram.Bytes);
    }

    private static Exception Throw(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e)
        {
            return e;
        }

        throw new InvalidOperationException("did not throw");
    }

    private sealed record RunInfo(int Id, IReadOnlyList<string> Bots);
}
