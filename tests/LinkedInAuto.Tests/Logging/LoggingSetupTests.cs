using LinkedInAuto.Logging;
using LinkedInAuto.Systemd;
using LinkedInAuto.Tests.Systemd;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;

namespace LinkedInAuto.Tests.Logging;

public sealed class LoggingSetupTests
{
    private static readonly SystemdEnvironment s_service = new FakeEnvironmentVariables
    {
        [SystemdProtocol.SystemdExecPid] = "4242",
        [SystemdProtocol.JournalStream] = "8:306630",
    }.Capture(processId: 4242);

    private static readonly SystemdEnvironment s_terminal = new FakeEnvironmentVariables().Capture(processId: 4242);

    [Theory]
    [InlineData(true, "socket:[306630]", false, LogFormat.Journal)] // stderr is the journal stream
    [InlineData(true, "socket:[306630]", true, LogFormat.Journal)]
    [InlineData(true, "socket:[999]", true, LogFormat.Journal)] // redirected, but journald's socket exists
    [InlineData(true, "pipe:[306630]", false, LogFormat.Json)] // e.g. a wrapper shell piping us, no journald
    [InlineData(false, "/dev/pts/0", false, LogFormat.Console)] // service without journald, stderr a terminal
    public void Resolve_AsSystemdService(bool redirected, string target, bool socketExists, LogFormat expected)
    {
        var format = LogFormatResolver.Resolve(LogFormat.Auto, s_service, new StderrProbe(redirected, target), socketExists);

        Assert.Equal(expected, format);
    }

    [Theory]
    [InlineData(true, LogFormat.Json)]
    [InlineData(false, LogFormat.Console)]
    public void Resolve_NotAService_NeverJournal(bool redirected, LogFormat expected)
    {
        var format = LogFormatResolver.Resolve(LogFormat.Auto, s_terminal, new StderrProbe(redirected, "socket:[306630]"), journalSocketExists: true);

        Assert.Equal(expected, format);
    }

    [Theory]
    [InlineData(LogFormat.Json)]
    [InlineData(LogFormat.Console)]
    [InlineData(LogFormat.Journal)]
    public void Resolve_ExplicitFormat_Unchanged(LogFormat requested)
    {
        Assert.Equal(requested, LogFormatResolver.Resolve(requested, s_terminal, new StderrProbe(false, null), false));
    }

    [Theory]
    [InlineData("socket:[306630]", true)]
    [InlineData("socket:[306631]", false)]
    [InlineData("socket:[]", false)]
    [InlineData("pipe:[306630]", false)]
    [InlineData("/var/log/x.log", false)]
    [InlineData(null, false)]
    public void IsJournalStream_ComparesSocketInode(string? target, bool expected)
    {
        Assert.Equal(expected, LogFormatResolver.IsJournalStream(s_service, new StderrProbe(true, target)));
        Assert.False(LogFormatResolver.IsJournalStream(s_terminal, new StderrProbe(true, target)));
    }

    [Fact]
    public void StderrProbe_Current_ReadsProcLink()
    {
        var probe = StderrProbe.Current();

        Assert.NotNull(probe.LinkTarget); // /proc/self/fd/2 exists on Linux
    }

    [Fact]
    public void CreateLogger_LevelsAndOverrides_Applied()
    {
        var capture = new CapturingSink();
        var options = new LoggingOptions { MinimumLevel = LogEventLevel.Debug };
        using (var logger = LoggingSetup.CreateLogger(options, LogFormat.Json, new StringWriter(), [capture]))
        {
            logger.Verbose("dropped: below minimum");
            logger.Debug("kept: debug");
            logger.ForContext("SourceContext", "Microsoft.EntityFrameworkCore.Database.Command").Information("dropped: EF info");
            logger.ForContext("SourceContext", "Microsoft.EntityFrameworkCore.Database.Command").Warning("kept: EF warning");
            logger.ForContext("SourceContext", "Quartz.Core.QuartzScheduler").Information("dropped: Quartz info");
            logger.ForContext("SourceContext", "Microsoft.Hosting.Lifetime").Information("dropped: Microsoft info");
            logger.ForContext("SourceContext", "LinkedInAuto.Bots.InviteBot").Information("kept: our info");
        }

        Assert.Equal(["kept: debug", "kept: EF warning", "kept: our info"], capture.Events.Select(e => e.MessageTemplate.Text));
        Assert.True(capture.IsDisposed);
    }

    [Theory]
    [InlineData(LogFormat.Json, "{\"@t\":")]
    [InlineData(LogFormat.Console, " INF Hello world")]
    public void CreateLogger_TextFormats_WriteToStderr(LogFormat format, string expected)
    {
        var stderr = new StringWriter();
        using (var logger = LoggingSetup.CreateLogger(format, LogEventLevel.Information, stderr, s_terminal))
        {
            logger.Information("Hello {Who}", "world");
        }

        Assert.Contains(expected, stderr.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("\n", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateLogger_Journal_SendsToConfiguredSocket()
    {
        await using var listener = NotifySocketListener.BindPath();
        var options = new LoggingOptions { Format = LogFormat.Journal, JournalSocketPath = listener.SocketPath!, SyslogIdentifier = "lia-test" };
        using (var logger = LoggingSetup.CreateLogger(options, new StringWriter(), s_terminal))
        {
            logger.Warning("Hello {Who}", "journal");
        }

        var fields = JournalEntryParser.Parse((await listener.WaitForAsync(_ => true)).Bytes);
        Assert.Equal("Hello journal", fields.Text("MESSAGE"));
        Assert.Equal("lia-test", fields.Text("SYSLOG_IDENTIFIER"));
    }

    [Fact]
    public void AddJournalLogging_RoutesMicrosoftLoggingToSerilogIncludingDebug()
    {
        var capture = new CapturingSink();
        var serilog = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(capture).CreateLogger();
        var services = new ServiceCollection().AddLogging(builder =>
        {
            builder.AddConsole();
            builder.AddJournalLogging(serilog);
        });

        using (var provider = services.BuildServiceProvider())
        {
            Assert.DoesNotContain(provider.GetServices<ILoggerProvider>(), p => p.GetType().Name.Contains("Console", StringComparison.Ordinal));
            var logger = provider.GetRequiredService<ILogger<LoggingSetupTests>>();
            if (logger.IsEnabled(LogLevel.Debug))
            {
                logger.LogDebug("Debug from {Component}", "MEL");
            }
        }

        var logEvent = Assert.Single(capture.Events);
        Assert.Equal(LogEventLevel.Debug, logEvent.Level);
        Assert.Equal("\"LinkedInAuto.Tests.Logging.LoggingSetupTests\"", logEvent.Properties["SourceContext"].ToString());
        Assert.True(capture.IsDisposed); // dispose: true hands the Serilog logger to the container
    }

    [Fact]
    public void UnhandledException_LoggedAsFatal()
    {
        var capture = new CapturingSink();
        using var logger = new LoggerConfiguration().WriteTo.Sink(capture).CreateLogger();
        using (UnhandledExceptionLogging.Register(logger))
        {
            UnhandledExceptionLogging.LogUnhandled(logger, new InvalidOperationException("boom"), isTerminating: true);
            UnhandledExceptionLogging.LogUnobserved(logger, new AggregateException("lost"));
        }

        Assert.Collection(capture.Events,
            e =>
            {
                Assert.Equal(LogEventLevel.Fatal, e.Level);
                Assert.Equal("boom", e.Exception?.Message);
                Assert.Equal("True", e.Properties["IsTerminating"].ToString());
            },
            e => Assert.Equal(LogEventLevel.Error, e.Level));
    }
}
