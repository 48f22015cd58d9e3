namespace LinkedInAuto.Web;

/// <summary>Locks a client address out of the login form after <see cref="MaxFailures"/> wrong passwords in a row
/// (within <see cref="Window"/>), for <see cref="Lockout"/>.</summary>
public sealed class LoginThrottle(TimeProvider time)
{
    /// <summary>Wrong passwords that lock the address out.</summary>
    public const int MaxFailures = 10;

    /// <summary>How long a locked-out address waits.</summary>
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    /// <summary>Failures older than this are forgotten.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    // Bounds the memory a flood of addresses can take; the oldest entries go first.
    private const int MaxClients = 4096;

    private readonly Dictionary<string, Entry> _clients = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Gets how long <paramref name="client"/> is still locked out, or null.</summary>
    public TimeSpan? LockedFor(string client)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            return _clients.TryGetValue(client, out var entry) && entry.LockedUntil is { } until && until > now ? until - now : null;
        }
    }

    /// <summary>Counts a wrong password; returns how long the client is now locked out, or null.</summary>
    public TimeSpan? Failed(string client)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            Forget(now);
            var entry = _clients.GetValueOrDefault(client) is { } known && now - known.LastFailure < Window ? known : new Entry(0, now, null);
            var failures = entry.Failures + 1;
            var locked = failures >= MaxFailures ? now + Lockout : (DateTimeOffset?)null;
            _clients[client] = new Entry(failures, now, locked);
            return locked - now;
        }
    }

    /// <summary>Forgets the failures of <paramref name="client"/> after a right password.</summary>
    public void Succeeded(string client)
    {
        lock (_gate)
        {
            _clients.Remove(client);
        }
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (client, entry) in _clients.Where(c => now - c.Value.LastFailure >= Window && (c.Value.LockedUntil is null || c.Value.LockedUntil <= now)).ToList())
        {
            _clients.Remove(client);
        }

        while (_clients.Count >= MaxClients)
        {
            _clients.Remove(_clients.MinBy(c => c.Value.LastFailure).Key);
        }
    }

    private sealed record Entry(int Failures, DateTimeOffset LastFailure, DateTimeOffset? LockedUntil);
}
