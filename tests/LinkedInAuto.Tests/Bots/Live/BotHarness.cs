using FakeLinkedIn;
using LinkedInAuto.Alerts;
using LinkedInAuto.Bots;
using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Configuration;
using LinkedInAuto.Engine;
using LinkedInAuto.Pages.Selectors;
using LinkedInAuto.Scheduling;
using LinkedInAuto.Session;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using LinkedInAuto.Storage.Maintenance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Tests.Bots.Live;

/// <summary>One installation of the product against a fake LinkedIn: its own state directory, config, history and session.</summary>
/// <remarks>Wired like `linkedin-auto run` (storage, engine, bots, migrations); runs use real Chromium and the real runner.</remarks>
public sealed class BotHarness : IAsyncDisposable
{
    private readonly TempDirectory _root;
    private readonly ServiceProvider _services;

    private BotHarness(TempDirectory root, ServiceProvider services, ActionEvents events)
    {
        _root = root;
        _services = services;
        Events = events;
    }

    /// <summary>Gets the log events of every run.</summary>
    public ActionEvents Events { get; }

    /// <summary>Creates the installation with the session of <paramref name="fake"/> imported and the history migrated.</summary>
    /// <param name="fake">The site.</param>
    /// <param name="configure">Changes to the test configuration.</param>
    /// <param name="time">The product's clock (simulated days), or the system's.</param>
    public static async Task<BotHarness> CreateAsync(FakeLinkedInServer fake, Action<AppConfig> configure, TimeProvider? time = null)
    {
        var root = new TempDirectory();
        var config = new AppConfig { TimeZone = TimeZoneId.Parse(LiveFakes.TimeZone) };
        config.Linkedin.BaseUrl = fake.BaseUrl;
        config.Browser.Human.Fast = true;
        config.Browser.ActionTimeout = TimeSpan.FromSeconds(10);
        config.Pacing.ActionDelay = new DurationRange(TimeSpan.Zero, TimeSpan.Zero);
        config.Pacing.LongBreakEvery = 0;
        config.Schedule.ActiveHours = new TimeWindow(new TimeOnly(0, 0), TimeOnly.MaxValue);
        config.Schedule.DaysOff = [];
        configure(config);
        File.Copy(Path.Combine(RepositoryPaths.Root, "config", SelectorCatalog.FileName), root.File(SelectorCatalog.FileName));

        var events = new ActionEvents();
        var directories = new AppDirectories(Directory.CreateDirectory(root.File("state")).FullName, root.File("run"), null);
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(events).SetMinimumLevel(LogLevel.Information))
            .AddSingleton(time ?? TimeProvider.System)
            .AddAppConfiguration(new ConfigStore(root.File("config.yaml"), config), directories)
            .AddStorage()
            .AddEngine()
            .AddBots()
            .AddAlerts()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var harness = new BotHarness(root, services, events);
        await harness.Get<MigrationRunner>().RunAsync();
        await harness.Get<SessionImporter>().ImportLiAtAsync(fake.SessionCookieValue, CancellationToken.None);
        return harness;
    }

    /// <summary>Gets a service.</summary>
    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Runs <paramref name="bot"/> once, as `linkedin-auto run` does.</summary>
    public Task<RunResult> RunAsync(string bot, bool dryRun = false) =>
        Get<BotRunner>().RunAsync(new RunRequest(bot, RunTrigger.Manual, dryRun), null, CancellationToken.None);

    /// <summary>Hands a finished run to the after-run handlers (the alerts among them), as the scheduler does.</summary>
    public async Task FinishAsync(RunResult result)
    {
        foreach (var handler in Get<IEnumerable<IRunFinishedHandler>>())
        {
            await handler.OnRunFinishedAsync(result, CancellationToken.None);
        }
    }

    /// <summary>Gets the directory holding this installation's files (config, messages, state).</summary>
    public string Root => _root.Path;

    /// <summary>Gets the handled invitations with their contacts.</summary>
    public async Task<List<HandledInvitation>> InvitationsAsync()
    {
        await using var context = await Get<IDbContextFactory<HistoryDbContext>>().CreateDbContextAsync();
        return await context.HandledInvitations.AsNoTracking().Include(i => i.Contact).OrderBy(i => i.Id).ToListAsync();
    }

    /// <summary>Gets the profile visits with their contacts.</summary>
    public async Task<List<ProfileVisit>> VisitsAsync()
    {
        await using var context = await Get<IDbContextFactory<HistoryDbContext>>().CreateDbContextAsync();
        return await context.ProfileVisits.AsNoTracking().Include(v => v.Contact).OrderBy(v => v.Id).ToListAsync();
    }

    /// <summary>Gets the quota ledger's entries.</summary>
    public async Task<List<ActionLedgerEntry>> LedgerAsync()
    {
        await using var context = await Get<IDbContextFactory<HistoryDbContext>>().CreateDbContextAsync();
        return await context.ActionLedger.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _root.Dispose();
    }
}
