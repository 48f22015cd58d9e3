using LinkedInAuto.Storage.Entities;

namespace LinkedInAuto.Storage;

/// <summary>The account's current state.</summary>
/// <param name="State">The state.</param>
/// <param name="SinceUtc">When it began; null when no state was ever recorded (the account is presumed usable).</param>
/// <param name="Reason">What was seen.</param>
public sealed record AccountStatus(AccountState State, DateTime? SinceUtc, string? Reason);
