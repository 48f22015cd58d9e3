using System.Text.Json;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using Microsoft.Data.Sqlite;

namespace LinkedInAuto.Tests.Storage;

/// <summary>`history` marks rehearsals and `stats` counts per kind and wishes on time versus late (issue 15, acceptance 4), through the real executable.</summary>
[Collection(ChildProcessTestGroup.Name)]
public sealed class HistoryCommandsTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private string _config = null!;
    private long _realRun;
    private long _dryRun;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        var runs = _storage.Get<RunStore>();
        var wishes = _storage.Get<WishLedger>();
        var today = LocalCalendar.Today(DateTimeOffset.UtcNow, _storage.Config.Current.TimeZone.Zone);

        _realRun = await runs.StartAsync("birthday", RunTrigger.Schedule);
        var onTime = await wishes.RecordIntentAsync(new WishIntent("https://www.linkedin.com/in/on-time/", "On Time", today, 0, "birthday.txt:1", "Happy birthday!", _realRun));
        await wishes.MarkSentAsync(onTime, "Happy birthday!");
        var late = await wishes.RecordIntentAsync(new WishIntent("https://www.linkedin.com/in/late-one/", "Late One", today.AddDays(-3), 3, "late.txt:1", "Belated!", _realRun));
        await wishes.MarkSentAsync(late, "Belated!");
        await wishes.MarkVerifiedAsync(late);
        await runs.FinishAsync(_realRun, RunOutcome.Succeeded, new RunCounts(2, 0, 0));

        _dryRun = await runs.StartAsync("birthday", RunTrigger.Manual, dryRun: true);
        await wishes.RecordDryRunAsync(new WishIntent("https://www.linkedin.com/in/rehearsed/", "Rehearsed", today, 0, "birthday.txt:1", "Happy birthday!", _dryRun));
        await runs.FinishAsync(_dryRun, RunOutcome.Succeeded, new RunCounts(1, 0, 0));

        var visitRun = await runs.StartAsync("visitor", RunTrigger.Schedule);
        await _storage.Get<VisitStore>().RecordAsync("https://www.linkedin.com/in/visited/", "Visited", visitRun);
        await _storage.Get<VisitStore>().RecordAsync("https://www.linkedin.com/in/rehearsed-visit/", "Rehearsed", visitRun, dryRun: true);
        await runs.FinishAsync(visitRun, RunOutcome.Succeeded, new RunCounts(1, 0, 0));

        _config = Path.Combine(_storage.Root, "config.yaml");
        await File.WriteAllTextAsync(_config, "time_zone: Europe/Paris\n");
        SqliteConnection.ClearAllPools();
    }

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task History_MarksDryRuns_InTextAndJson()
    {
        using var text = await StorageCli.RunAsync(_storage, _config, "history");
        using var json = await StorageCli.RunAsync(_storage, _config, "history", "--json");

        Assert.True(text.ExitCode == 0, text.Error);
        Assert.Contains("dry run: 1 done", Assert.Single(text.Lines, l => l.StartsWith($"#{_dryRun} ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain("dry run", Assert.Single(text.Lines, l => l.StartsWith($"#{_realRun} ", StringComparison.Ordinal)), StringComparison.Ordinal);

        Assert.True(json.ExitCode == 0, json.Error);
        using var document = JsonDocument.Parse(json.Output);
        var dryRuns = document.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("id").GetInt64(), r => r.GetProperty("dry_run").GetBoolean());
        Assert.True(dryRuns[_dryRun]);
        Assert.False(dryRuns[_realRun]);
    }

    [Fact]
    public async Task StatsJson_CountsPerKind_AndWishesOnTimeVersusLate()
    {
        using var stats = await StorageCli.RunAsync(_storage, _config, "stats", "--json");

        Assert.True(stats.ExitCode == 0, stats.Error);
        using var document = JsonDocument.Parse(stats.Output);
        var root = document.RootElement;
        var byKind = root.GetProperty("by_kind");
        Assert.Equal((2, 1, 0), (byKind.GetProperty("wish").GetInt32(), byKind.GetProperty("visit").GetInt32(), byKind.GetProperty("accept").GetInt32()));
        Assert.Equal(3, root.GetProperty("total").GetInt32());
        Assert.Equal((1, 1), (root.GetProperty("wishes").GetProperty("on_time").GetInt32(), root.GetProperty("wishes").GetProperty("late").GetInt32()));
        Assert.Equal(31, root.GetProperty("days").GetArrayLength());
    }

    [Fact]
    public async Task Stats_Text_AndBadSince()
    {
        using var text = await StorageCli.RunAsync(_storage, _config, "stats", "--since", "7d");
        using var bad = await StorageCli.RunAsync(_storage, _config, "stats", "--since", "last tuesday");

        Assert.True(text.ExitCode == 0, text.Error);
        Assert.Contains("wishes: 1 on the day, 1 late", text.Output, StringComparison.Ordinal);
        Assert.Contains("wish 2, visit 1", text.Output, StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--since expects a date", bad.Error, StringComparison.Ordinal);
    }
}
