namespace FakeLinkedIn.Tests.Infrastructure;

/// <summary>The French and English demo scenarios served for a whole test class (read-mostly page checks).</summary>
public sealed class DemoServers : IAsyncLifetime
{
    private readonly Dictionary<string, FakeLinkedInServer> _servers = [];

    public FakeLinkedInServer this[string lang] => _servers[lang];

    public async Task InitializeAsync()
    {
        _servers["fr"] = await FakeLinkedInServer.StartAsync(Scenarios.Demo("fr"));
        _servers["en"] = await FakeLinkedInServer.StartAsync(Scenarios.Demo("en"));
    }

    public async Task DisposeAsync()
    {
        foreach (var server in _servers.Values)
        {
            await server.DisposeAsync();
        }
    }
}
