using System.Text.Json.Serialization;
using LinkedInAuto.Control;

namespace LinkedInAuto.Cli;

/// <summary>`--json` output of the control and history commands (snake_case, indented).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = true)]
[JsonSerializable(typeof(ControlResponse))]
[JsonSerializable(typeof(IReadOnlyList<RunView>))]
[JsonSerializable(typeof(StatsReport))]
[JsonSerializable(typeof(IReadOnlyList<BlacklistView>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
