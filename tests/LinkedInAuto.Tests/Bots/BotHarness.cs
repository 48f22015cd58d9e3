using FakeLinkedIn;
using LinkedInAuto.Bots;
using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Configuration;
using LinkedInAuto.Engine;
using LinkedInAuto.Session;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using LinkedInAuto.Storage.Maintenance;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInAuto.Tests.Bots;

/// <summary>The product's bots, in-process, against an in-process fake LinkedIn, with their own state directory and a shiftable clock.</summary>
public sealed class BotHarness : IAsyncDisposable
{
    /// <summary>The Paris time zone every harness uses.</summary>
    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private readonly TempDirectory _directory;

    private BotHarness(TempDirectory directory, FakeLinkedInServer fake, ServiceProvider services, OffsetTimeProvider time)
    {
        _directory = directory;
        Fake = fake;
        Services = services;
        Time = time;
    }

    /// <summary>Gets the fake LinkedIn.</summary>
    public FakeLinkedInServer Fake { get; }

    /// <summary>Gets the product's services.</summary>
    public ServiceProvider Services { get; }

    /// <summary>Gets the product's clock.</summary>
    public OffsetTimeProvider Time { get; }

    /// <summary>Gets the messages the fake recorded as sent.</summary>
    public IReadOnlyList<FakeAction> Sent => Fake.Actions.Snapshot().Where(a => a.Kind == FakeActionKinds.MessageSent).ToList();

    /// <summary>Starts a fake with <paramref name="scenarioYaml"/> on the local date of <paramref name="now"/> and the product with the given config overrides.</summary>
    /// <param name="scenarioYaml">The fake's scenario.</param>
    /// <param name="now">The product's "now" (the fake's today is its date in Paris).</param>
    /// <param name="messages">birthday.txt and late.txt contents.</param>
    /// <param name="overrides">Config keys as environment overrides, e.g. `QUOTAS__WISH__DAILY` = `5`.</param>
    public static async Task<BotHarness> StartAsync(string scenarioYaml, DateTimeOffset now, (string Today, string Late) messages, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var directory = new TempDirectory();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Paris).DateTime);
        var fake = await FakeLinkedInServer.StartAsync(Scenario.Parse(scenarioYaml), new FakeServerOptions { Today = today });
        Directory.CreateDirectory(directory.File("messages"));
        await File.WriteAllTextAsync(directory.File("messages/birthday.txt"), messages.Today);
        await File.WriteAllTextAsync(directory.File("messages/late.txt"), messages.Late);
        await File.WriteAllTextAsync(directory.File("config.yaml"), BaseConfig(fake.BaseUrl));
        var environment = (overrides ?? new Dictionary<string, string>()).ToDictionary(e => ConfigLoader.EnvironmentPrefix + e.Key, e => e.Value);
        var configPath = directory.File("config.yaml");
        var config = new ConfigStore(configPath, ConfigLoader.Load(configPath, environment), path => ConfigLoader.Load(path, environment));
        var directories = new AppDirectories(directory.File("state"), directory.File("run"), null);
        Directory.CreateDirectory(directories.StateDirectory);
        Directory.CreateDirectory(directories.RuntimeDirectory);

        var time = new OffsetTimeProvider(now);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddAppConfiguration(config, directories)
            .AddStorage()
            .AddEngine()
            .AddBots()
            .BuildServiceProvider();
        await services.GetRequiredService<MigrationRunner>().RunAsync();
        await services.GetRequiredService<SessionImporter>().ImportLiAtAsync(fake.SessionCookieValue, CancellationToken.None);
        return new BotHarness(directory, fake, services, time);
    }

    /// <summary>Runs a bot once, as `linkedin-auto run` does.</summary>
    public Task<RunResult> RunAsync(string bot, bool dryRun = false, CancellationToken cancellationToken = default) =>
        Services.GetRequiredService<BotRunner>().RunAsync(new RunRequest(bot, RunTrigger.Manual, dryRun), null, cancellationToken);

    /// <summary>Moves both clocks forward by whole days (the product's and the fake's).</summary>
    public void AdvanceDays(int days)
    {
        Time.Advance(TimeSpan.FromDays(days));
        Fake.Clock.SetToday(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Time.GetUtcNow(), Paris).DateTime));
    }

    /// <summary>Gets a store or service of the product.</summary>
    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Fake.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    private static string BaseConfig(Uri baseUrl) => $"""
        time_zone: Europe/Paris
        linkedin:
          base_url: {baseUrl.GetLeftPart(UriPartial.Authority)}
        browser:
          human: {"{"} fast: true {"}"}
          action_timeout: 10s
        schedule:
          active_hours: {"{"} start: "00:00", end: "23:59" {"}"}
          days_off: []
        pacing:
          action_delay: {"{"} min: 0, max: 0 {"}"}
          long_break_every: 0
          throttle_retries: 0
        quotas:
          global_daily: 100
          wish: {"{"} daily: 50, weekly: 200 {"}"}
        """;
}
