using System.Text;
using System.Text.Json;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Maintenance;
using Microsoft.EntityFrameworkCore;

namespace LinkedInAuto.Tests.Storage;

public sealed class HistoryExporterTests : IAsyncLifetime
{
    private TestStorage _storage = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        var ledger = _storage.Get<WishLedger>();
        var id = await ledger.RecordIntentAsync(new WishIntent("https://www.linkedin.com/in/zoe/", "Zoé \"Z\" Martin, PhD", new DateOnly(2026, 6, 1), 0, "birthday.txt:1", "Joyeux anniversaire Zoé !"));
        await ledger.MarkSentAsync(id, "Joyeux anniversaire Zoé,\r\nbelle journée !");
    }

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task ExportCsv_QuotesPerRfc4180_InUtf8()
    {
        using var output = new MemoryStream();
        await _storage.Get<HistoryExporter>().ExportCsvAsync([HistoryTables.Contacts, HistoryTables.BirthdayWishes], _ => new NonClosingStream(output));

        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.StartsWith("id,profile_url,full_name,first_seen_utc,updated_utc\r\n1,https://www.linkedin.com/in/zoe/,\"Zoé \"\"Z\"\" Martin, PhD\",", text, StringComparison.Ordinal);
        Assert.Contains("\"Joyeux anniversaire Zoé,\r\nbelle journée !\"", text, StringComparison.Ordinal);
        Assert.Matches(@",\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", text);
        Assert.NotEqual(0xEF, output.ToArray()[0]); // no byte order mark
    }

    [Fact]
    public async Task ExportJson_AllTables_ParsesWithTypedValues()
    {
        using var output = new MemoryStream();
        await _storage.Get<HistoryExporter>().ExportJsonAsync(HistoryTables.All, output);

        using var document = JsonDocument.Parse(output.ToArray());
        var tables = document.RootElement.GetProperty("tables");
        Assert.Equal(HistoryTables.All, tables.EnumerateObject().Select(p => p.Name));
        var wish = tables.GetProperty(HistoryTables.BirthdayWishes)[0];
        Assert.Equal(1, wish.GetProperty("id").GetInt64());
        Assert.Equal("Joyeux anniversaire Zoé,\r\nbelle journée !", wish.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, wish.GetProperty("error").ValueKind);
        Assert.EndsWith("Z", wish.GetProperty("sent_utc").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, tables.GetProperty(HistoryTables.ActionLedger).GetArrayLength());
        Assert.StartsWith("2", document.RootElement.GetProperty("schema").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_UnknownTable_IsRefused() =>
        await Assert.ThrowsAsync<ArgumentException>(() => _storage.Get<HistoryExporter>().ExportJsonAsync(["__EFMigrationsHistory"], Stream.Null));

    [Fact]
    public void HistoryTables_MatchTheModel()
    {
        using var context = _storage.Get<IDbContextFactory<HistoryDbContext>>().CreateDbContext();
        Assert.Equal(HistoryTables.All.Order(), context.Model.GetEntityTypes().Select(e => e.GetTableName()!).Order());
    }
}
