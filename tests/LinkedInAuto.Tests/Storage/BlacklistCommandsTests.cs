using System.Text.Json;
using LinkedInAuto.Storage;
using Microsoft.Data.Sqlite;

namespace LinkedInAuto.Tests.Storage;

/// <summary>`blacklist add|remove|list` through the real executable: URLs made canonical, names kept, bad entries refused with the usage code.</summary>
[Collection(ChildProcessTestGroup.Name)]
public sealed class BlacklistCommandsTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private string _config = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _config = Path.Combine(_storage.Root, "config.yaml");
        await File.WriteAllTextAsync(_config, "time_zone: Europe/Paris\nblacklist:\n  - Config Person\n");
        SqliteConnection.ClearAllPools();
    }

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task AddListRemove_ByUrlAndByName()
    {
        using var url = await StorageCli.RunAsync(_storage, _config, "blacklist", "add", "https://fr.linkedin.com/in/Recruiter-Bob?trk=x", "--reason", "asked to stop");
        using var again = await StorageCli.RunAsync(_storage, _config, "blacklist", "add", "www.linkedin.com/in/recruiter-bob/");
        using var name = await StorageCli.RunAsync(_storage, _config, "blacklist", "add", "  Éloïse   Durand ");

        Assert.True(url.ExitCode == 0, url.Error);
        Assert.Equal("blacklisted https://www.linkedin.com/in/recruiter-bob/ (asked to stop)", url.Output);
        Assert.Equal((0, "https://www.linkedin.com/in/recruiter-bob/ was already blacklisted"), (again.ExitCode, again.Output));
        Assert.True(name.ExitCode == 0, name.Error);
        Assert.True(await _storage.Get<BlacklistStore>().ContainsAsync("https://www.linkedin.com/in/recruiter-bob/"));

        using var list = await StorageCli.RunAsync(_storage, _config, "blacklist", "list", "--json");
        Assert.True(list.ExitCode == 0, list.Error);
        using (var document = JsonDocument.Parse(list.Output))
        {
            Assert.Equal(
                [("https://www.linkedin.com/in/recruiter-bob/", "database", "asked to stop"), ("Éloïse Durand", "database", null), ("Config Person", "config", null)],
                document.RootElement.EnumerateArray().Select(e => (e.GetProperty("entry").GetString(), e.GetProperty("source").GetString(), e.TryGetProperty("reason", out var r) ? r.GetString() : null)).ToList());
        }

        using var removed = await StorageCli.RunAsync(_storage, _config, "blacklist", "remove", "éloïse durand");
        using var absent = await StorageCli.RunAsync(_storage, _config, "blacklist", "remove", "Nobody Here");
        using var inConfig = await StorageCli.RunAsync(_storage, _config, "blacklist", "remove", "Config Person");

        Assert.True(removed.ExitCode == 0, removed.Error);
        Assert.Equal((1, 1), (absent.ExitCode, inConfig.ExitCode));
        Assert.Contains("not on the blacklist", absent.Error, StringComparison.Ordinal);
        Assert.Contains("config.yaml", inConfig.Error, StringComparison.Ordinal);
        Assert.Single(await _storage.Get<BlacklistStore>().ListAsync());
    }

    [Fact]
    public async Task Add_NotAProfileNorAName_ExitsWithUsageCodeNamingTheArgument()
    {
        using var company = await StorageCli.RunAsync(_storage, _config, "blacklist", "add", "https://www.linkedin.com/company/acme/");
        using var digits = await StorageCli.RunAsync(_storage, _config, "blacklist", "add", "12345");
        using var missing = await StorageCli.RunAsync(_storage, _config, "blacklist", "add");

        Assert.Equal((2, 2, 2), (company.ExitCode, digits.ExitCode, missing.ExitCode));
        Assert.Contains("ENTRY: 'https://www.linkedin.com/company/acme/' is not a profile URL", company.Error, StringComparison.Ordinal);
        Assert.Contains("ENTRY: '12345' is neither a profile URL", digits.Error, StringComparison.Ordinal);
        Assert.Empty(await _storage.Get<BlacklistStore>().ListAsync());
    }
}
