using LinkedInAuto.Configuration;
using LinkedInAuto.Pages.Text;
using LinkedInAuto.Storage;

namespace LinkedInAuto.Bots;

/// <summary>People no bot acts on: profile URLs (canonical) or full names (accent- and case-insensitive).</summary>
public interface IBlacklist
{
    /// <summary>Gets a value indicating whether the person is blacklisted by URL or name.</summary>
    bool Contains(string identity, string? fullName);
}

/// <summary>The config's `blacklist:` plus the database's blacklist table (`linkedin-auto blacklist add`).</summary>
public sealed class Blacklist : IBlacklist
{
    private readonly HashSet<string> _urls = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="Blacklist"/> class from entries that are profile URLs or names.</summary>
    public Blacklist(IEnumerable<string> entries)
    {
        foreach (var entry in entries)
        {
            if (ProfileLinks.Identity(entry) is { } url && entry.Contains("/in/", StringComparison.OrdinalIgnoreCase))
            {
                _urls.Add(url);
            }
            else if (PageText.Fold(entry) is { Length: > 0 } name)
            {
                _names.Add(name);
            }
        }
    }

    /// <summary>Reads the config's entries and the database's as they are now, so an entry added while the daemon runs counts at once.</summary>
    public static async Task<Blacklist> LoadAsync(AppConfig config, BlacklistStore store, CancellationToken cancellationToken)
    {
        var stored = await store.ListAsync(cancellationToken);
        return new Blacklist(config.Blacklist.Concat(stored.Select(b => b.ProfileUrl)));
    }

    /// <inheritdoc/>
    public bool Contains(string identity, string? fullName) =>
        _urls.Contains(identity) || (fullName is not null && _names.Contains(PageText.Fold(fullName)));
}
