using System.Globalization;
using System.Text;
using FakeLinkedIn;

namespace BrowserMemory;

/// <summary>Starts the fake LinkedIn with <c>count</c> birthdays, today and in the last days, for the memory bench.</summary>
internal static class FakeBirthdays
{
    /// <summary>Starts the fake on a free port.</summary>
    public static Task<FakeLinkedInServer> StartAsync(int count)
    {
        var yaml = new StringBuilder("language: fr\ntime_zone: Europe/Paris\nbirthday_past_days: 30\nme: { slug: bench-me, name: Bench Me, headline: Bench }\npeople:\n");
        for (var i = 0; i < count; i++)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - {{ slug: bench-{i}, name: \"Personne Numéro{i}\", headline: Ingénieur, degree: 1, birthday_days_ago: {i % 20} }}");
        }

        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), paris).DateTime);
        return StartAllAtOnceAsync(Scenario.Parse(yaml.ToString()), today);
    }

    // The whole list at once (no lazy chunks), so the page really holds every card while memory is sampled.
    private static async Task<FakeLinkedInServer> StartAllAtOnceAsync(Scenario scenario, DateOnly today)
    {
        var fake = await FakeLinkedInServer.StartAsync(scenario, new FakeServerOptions { Today = today });
        fake.Faults.LazyPageSize = 0;
        return fake;
    }
}
