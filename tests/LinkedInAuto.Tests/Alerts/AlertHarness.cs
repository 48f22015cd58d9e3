using LinkedInAuto.Alerts;
using LinkedInAuto.Configuration;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using LinkedInAuto.Tests.Support;

namespace LinkedInAuto.Tests.Alerts;

/// <summary>The alert services over a config.yaml text, a credentials directory holding the secrets, a fake clock and a recording log.</summary>
public sealed class AlertHarness : IAsyncDisposable
{
    /// <summary>The Telegram bot token the harness's credentials directory holds.</summary>
    public const string TelegramToken = "123456:AAH-s3cr3t_telegram_token";

    /// <summary>The ntfy access token.</summary>
    public const string NtfyToken = "tk_s3cr3tntfytoken";

    /// <summary>The webhook signing secret.</summary>
    public const string WebhookSecret = "whsec-s3cr3t";

    private readonly TempDirectory _root = new();
    private readonly SemaphoreSlim _warnings = new(0);

    /// <summary>Initializes a new instance of the <see cref="AlertHarness"/> class; <paramref name="alertsYaml"/> is the body of the `alerts:` section.</summary>
    public AlertHarness(string alertsYaml, TimeSpan? attemptTimeout = null)
    {
        var credentials = Directory.CreateDirectory(_root.File("credentials")).FullName;
        File.WriteAllText(Path.Combine(credentials, "telegram-token"), TelegramToken + "\n");
        File.WriteAllText(Path.Combine(credentials, "ntfy-token"), NtfyToken + "\n");
        File.WriteAllText(Path.Combine(credentials, "webhook-secret"), WebhookSecret + "\n");
        Directories = new AppDirectories(Directory.CreateDirectory(_root.File("state")).FullName, _root.File("run"), credentials);
        ConfigPath = _root.File("config.yaml");
        File.WriteAllText(ConfigPath, "time_zone: Europe/Paris\nalerts:\n" + Indent(alertsYaml));
        Config = new ConfigStore(ConfigPath, ConfigLoader.Parse(File.ReadAllText(ConfigPath), ConfigPath, new Dictionary<string, string>()));
        Channels = new AlertChannels(Config, Directories);
        Delivery = new AlertDelivery(attemptTimeout ?? TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(50));
        Log = new FakeLogger<AlertDispatcher>(new FakeLogCollector(Options.Create(new FakeLogCollectorOptions
        {
            OutputSink = line =>
            {
                if (line.Contains("not delivered", StringComparison.Ordinal))
                {
                    _warnings.Release();
                }
            },
        })));
        Dispatcher = new AlertDispatcher(Channels, Delivery, Clock, Log);
    }

    /// <summary>Gets the clock.</summary>
    public CountingFakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Gets the dispatcher's log.</summary>
    public FakeLogger<AlertDispatcher> Log { get; }

    /// <summary>Gets the config file's path.</summary>
    public string ConfigPath { get; }

    /// <summary>Gets the directories (state and credentials).</summary>
    public AppDirectories Directories { get; }

    /// <summary>Gets the configuration.</summary>
    public ConfigStore Config { get; }

    /// <summary>Gets the channels.</summary>
    public AlertChannels Channels { get; }

    /// <summary>Gets the delivery policy (short retries).</summary>
    public AlertDelivery Delivery { get; }

    /// <summary>Gets the dispatcher.</summary>
    public AlertDispatcher Dispatcher { get; }

    /// <summary>The messages the dispatcher logged at warning level.</summary>
    public IReadOnlyList<string> Warnings() =>
        [.. Log.Collector.GetSnapshot().Where(r => r.Level == Microsoft.Extensions.Logging.LogLevel.Warning).Select(r => r.Message)];

    /// <summary>Waits (30 s at most) until <paramref name="count"/> deliveries were logged as failed.</summary>
    public async Task WarningsLoggedAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Assert.True(await _warnings.WaitAsync(TimeSpan.FromSeconds(30)), $"{i} of {count} failures logged");
        }
    }

    /// <summary>A sample alert.</summary>
    public AlertMessage Sample(string eventName = AlertEvents.AttentionNeeded, string key = "attention:Checkpoint") =>
        new(eventName, "LinkedIn needs you: checkpoint", "LinkedIn asks for a security verification. Run `linkedin-auto resume`.", 5, ["warning"], Clock.GetUtcNow(), key) { Host = "pi" };

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await Dispatcher.DisposeAsync();
        Channels.Dispose();
        _root.Dispose();
        _warnings.Dispose();
    }

    private static string Indent(string yaml) =>
        string.Join('\n', yaml.Split('\n').Select(l => "  " + l)) + "\n";
}
