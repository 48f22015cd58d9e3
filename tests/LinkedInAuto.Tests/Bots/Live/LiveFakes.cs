using FakeLinkedIn;

namespace LinkedInAuto.Tests.Bots.Live;

/// <summary>A French and an English fake LinkedIn serving one scenario each, shared by the tests of a class.</summary>
/// <remarks>
/// The scenarios are dated today in <see cref="TimeZone"/>, the zone the product's config uses too, so "today" is the
/// same day on both sides and stays so after <see cref="FakeLinkedInServer.Reset"/>.
/// </remarks>
public abstract class LiveFakes(Func<string, DateOnly, string> scenario) : IAsyncLifetime
{
    /// <summary>The time zone of the fakes and of the product under test.</summary>
    public const string TimeZone = "Europe/Paris";

    private readonly Dictionary<string, FakeLinkedInServer> _fakes = new(StringComparer.Ordinal);

    /// <summary>Gets today in <see cref="TimeZone"/>.</summary>
    public static DateOnly Today =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(TimeZone)).DateTime);

    /// <summary>Gets the fake of an account language, reset to its scenario (world, switches, date, action record).</summary>
    public FakeLinkedInServer Fresh(string language)
    {
        var fake = _fakes[language];
        fake.Reset();
        return fake;
    }

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        foreach (var language in new[] { "en", "fr" })
        {
            _fakes[language] = await FakeLinkedInServer.StartAsync(Scenario.Parse(scenario(language, Today), "bots-" + language));
        }
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        foreach (var fake in _fakes.Values)
        {
            await fake.DisposeAsync();
        }
    }
}
