using System.Text.Json.Serialization;

namespace LinkedInAuto.Alerts;

/// <summary>One webhook message: ntfy's JSON publishing fields (topic, title, message, priority, tags) plus what happened, never a secret.</summary>
/// <param name="Topic">The last path segment of the webhook URL (ntfy's topic).</param>
/// <param name="Title">A short title.</param>
/// <param name="Message">What happened and what to do.</param>
/// <param name="Priority">1 (min) to 5 (max), as ntfy counts.</param>
/// <param name="Tags">ntfy tags (emoji names).</param>
/// <param name="Event">`attention_needed`, `session_expiring`, `page_not_understood` or `failed_runs`.</param>
/// <param name="Host">The machine's name.</param>
/// <param name="AtUtc">When.</param>
public sealed record Alert(string Topic, string Title, string Message, int Priority, IReadOnlyList<string> Tags, string Event, string Host, DateTimeOffset AtUtc);

/// <summary>Serialization of <see cref="Alert"/>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(Alert))]
internal sealed partial class AlertJsonContext : JsonSerializerContext;
