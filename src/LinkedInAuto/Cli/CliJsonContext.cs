using System.Text.Json.Serialization;
using LinkedInAuto.Control;
using LinkedInAuto.Storage;

namespace LinkedInAuto.Cli;

/// <summary>`--json` output of the control and history commands (snake_case, indented).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = true)]
[JsonSerializable(typeof(ControlResponse))]
[JsonSerializable(typeof(IReadOnlyList<RunView>))]
[JsonSerializable(typeof(IReadOnlyList<DayActions>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
