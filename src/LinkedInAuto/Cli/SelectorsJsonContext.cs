using System.Text.Json;
using System.Text.Json.Serialization;
using LinkedInAuto.Engine.Canary;
using LinkedInAuto.Pages.States;

namespace LinkedInAuto.Cli;

/// <summary>JSON of `selectors check --json`: snake_case names and values, indented for people and jq alike.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    Converters = [typeof(SnakeCaseEnumConverter<SelectorHealth>), typeof(SnakeCaseEnumConverter<PageState>)])]
[JsonSerializable(typeof(CanaryReport))]
internal sealed partial class SelectorsJsonContext : JsonSerializerContext;

/// <summary>Writes enum values as snake_case strings (`not_checked`, `session_expired`).</summary>
internal sealed class SnakeCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.SnakeCaseLower)
    where TEnum : struct, Enum;
