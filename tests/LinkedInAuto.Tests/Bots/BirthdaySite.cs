using FakeLinkedIn;
using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Configuration;

namespace LinkedInAuto.Tests.Bots;

/// <summary>A fake LinkedIn of its own plus one product installation (<see cref="Live.BotHarness"/>) on a shiftable clock, with given wish templates.</summary>
public sealed class BirthdaySite : IAsyncDisposable
{
    /// <summary>The Paris time zone of the site and the product.</summary>
    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private readonly TempDirectory _messages;

    private BirthdaySite(FakeLinkedInServer fake, Live.BotHarness product, OffsetTimeProvider time, TempDirectory messages)
    {
        Fake = fake;
        Product = product;
        Time = time;
        _messages = messages;
    }

    /// <summary>Gets the fake LinkedIn.</summary>
    public FakeLinkedInServer Fake { get; }

    /// <summary>Gets the product installation.</summary>
    public Live.BotHarness Product { get; }

    /// <summary>Gets the product's clock.</summary>
    public OffsetTimeProvider Time { get; }

    /// <summary>Gets the messages the fake recorded as sent.</summary>
    public IReadOnlyList<FakeAction> Sent => Fake.Actions.Snapshot().Where(a => a.Kind == FakeActionKinds.MessageSent).ToList();

    /// <summary>Starts a fake with <paramref name="scenarioYaml"/> on the Paris date of <paramref name="now"/> and the product with the given templates.</summary>
    public static async Task<BirthdaySite> StartAsync(string scenarioYaml, DateTimeOffset now, (string Today, string Late) messages, Action<AppConfig>? configure = null)
    {
        var directory = new TempDirectory();
        await File.WriteAllTextAsync(directory.File("birthday.txt"), messages.Today);
        await File.WriteAllTextAsync(directory.File("late.txt"), messages.Late);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Paris).DateTime);
        var fake = await FakeLinkedInServer.StartAsync(Scenario.Parse(scenarioYaml), new FakeServerOptions { Today = today });
        var time = new OffsetTimeProvider(now);
        var product = await Live.BotHarness.CreateAsync(
            fake,
            config =>
            {
                config.Birthday.MessagesDir = directory.Path;
                config.Quotas.GlobalDaily = 100;
                config.Quotas.Wish = new(50, 200);
                configure?.Invoke(config);
            },
            time);
        return new BirthdaySite(fake, product, time, directory);
    }

    /// <summary>Runs a bot once, as `linkedin-auto run` does.</summary>
    public Task<RunResult> RunAsync(string bot, bool dryRun = false) => Product.RunAsync(bot, dryRun);

    /// <summary>Moves both clocks forward by whole days (the product's and the fake's).</summary>
    public void AdvanceDays(int days)
    {
        Time.Advance(TimeSpan.FromDays(days));
        Fake.Clock.SetToday(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Time.GetUtcNow(), Paris).DateTime));
    }

    /// <summary>Gets a store or service of the product.</summary>
    public T Get<T>()
        where T : notnull => Product.Get<T>();

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await Product.DisposeAsync();
        await Fake.DisposeAsync();
        _messages.Dispose();
    }
}
