using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace FakeLinkedIn.Html;

/// <summary>Build-specific obfuscated class names ("c2f24abb"), reproducible from a seed.</summary>
internal sealed class ClassHasher(string seed)
{
    /// <summary>Roles whose hashed class the page script needs to find its own elements (as LinkedIn's bundle does).</summary>
    public static readonly string[] ScriptRoles =
    [
        "wish-button", "connect-button", "accept-button", "ignore-button", "withdraw-button", "see-more", "note-text",
        "lazy-list", "lazy-sentinel", "loader", "send-locked", "pagination", "card-body",
        "sent-item", "confirm", "cancel", "bubble-close",
    ];

    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);

    public string Seed { get; } = seed;

    /// <summary>The hashed class of a role: 8 hex digits starting with a letter.</summary>
    public string this[string role] => _cache.GetOrAdd(role, r =>
    {
        var hex = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Seed + "|" + r)))[..8];
        return char.IsAsciiDigit(hex[0]) ? (char)('a' + ((hex[0] - '0') % 6)) + hex[1..] : hex;
    });

    /// <summary>Role → hashed class for <see cref="ScriptRoles"/>.</summary>
    public Dictionary<string, string> ScriptMap() => ScriptRoles.ToDictionary(r => r, r => this[r]);
}
