using System.Text.Json.Serialization;

namespace LinkedInAuto.Session;

/// <summary>Source-generated JSON for the session file's plaintext and for <c>auth status --json</c> (no reflection, trim-safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(StoredSession))]
[JsonSerializable(typeof(SessionStatus))]
internal sealed partial class SessionJsonContext : JsonSerializerContext
{
}
