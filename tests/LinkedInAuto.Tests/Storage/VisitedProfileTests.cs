using System.Text;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Maintenance;
using Microsoft.Extensions.Time.Testing;

namespace LinkedInAuto.Tests.Storage;

/// <summary>The visitor's five kept fields: stored with the visit, pruned with it, exported as CSV columns.</summary>
public sealed class VisitedProfileTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 4, 8, 0, 0, TimeSpan.Zero));
    private TestStorage _storage = null!;

    public async Task InitializeAsync() => _storage = await TestStorage.CreateAsync(configure: c => c.Storage.Retention.Visits = TimeSpan.FromDays(30), time: _clock);

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task RecordProfile_StoresTheFields_RefreshesTheName_AndExportsThemAsCsv()
    {
        var visits = _storage.Get<VisitStore>();
        var id = await visits.RecordAsync("https://www.linkedin.com/in/elise-dupre/", "Élise D.", null);
        await visits.RecordProfileAsync(id, new VisitedProfile("Élise Dupré", "Ingénieure DevOps · AWS", "Paris, Île-de-France, France", "Société Générale", 2));

        var csv = Path.Combine(_storage.Root, "profile_visits.csv");
        await _storage.Get<HistoryExporter>().ExportCsvAsync([HistoryTables.ProfileVisits], _ => File.Create(csv));

        var lines = (await File.ReadAllTextAsync(csv, Encoding.UTF8)).Split("\r\n");
        Assert.Equal("id,contact_id,visited_utc,dry_run,run_id,company,degree,full_name,headline,location", lines[0]);
        Assert.EndsWith(",Société Générale,2,Élise Dupré,Ingénieure DevOps · AWS,\"Paris, Île-de-France, France\"", lines[1], StringComparison.Ordinal);
        Assert.Equal("Élise Dupré", (await _storage.Get<ContactStore>().FindAsync("https://www.linkedin.com/in/elise-dupre/"))!.FullName);
    }

    [Fact]
    public async Task Prune_RemovesTheFieldsWithTheVisitAndTheContact()
    {
        var visits = _storage.Get<VisitStore>();
        var id = await visits.RecordAsync("https://www.linkedin.com/in/old/", "Old", null);
        await visits.RecordProfileAsync(id, new VisitedProfile("Old Visit", "Headline", "Lyon", "Acme", 3));
        _clock.Advance(TimeSpan.FromDays(31));

        var result = await _storage.Get<RetentionPruner>().PruneAsync();

        Assert.Equal((1, 1), (result.Visits, result.Contacts));
        Assert.Null(await _storage.Get<ContactStore>().FindAsync("https://www.linkedin.com/in/old/"));
    }

    [Fact]
    public async Task RecordProfile_DegreeOutsideOneToThree_IsRefused()
    {
        var visits = _storage.Get<VisitStore>();
        var id = await visits.RecordAsync("https://www.linkedin.com/in/x/", "X", null);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => visits.RecordProfileAsync(id, new VisitedProfile("X", null, null, null, 4)));
    }
}
