namespace LinkedInAuto.Configuration;

/// <summary>What every alert channel has: the events it receives.</summary>
public abstract class AlertChannelOptions : IValidatableConfig
{
    /// <summary>The events a channel receives when its `events` list is empty (the summaries need to be named, and enabled).</summary>
    public static readonly IReadOnlyList<string> DefaultEvents =
        ["attention_needed", "session_expiring", "page_not_understood", "failed_runs", "daemon_crashed", "memory_low"];

    /// <summary>Every event name: the defaults, the two optional summaries and the test sent by `alerts test`.</summary>
    public static readonly IReadOnlyList<string> AllEvents = [.. DefaultEvents, "run_summary", "daily_digest"];

    /// <summary>Gets or sets the events this channel receives; empty: every default event and both summaries when enabled.</summary>
    public List<string> Events { get; set; } = [];

    /// <summary>Gets the kind of channel, as its section is named (`email`, `ntfy`, `telegram`, `webhook`).</summary>
    public abstract string Kind { get; }

    /// <summary>Gets a value indicating whether this channel receives <paramref name="eventName"/> (`test` always).</summary>
    public bool Receives(string eventName) =>
        eventName == "test" || (Events.Count == 0 ? AllEvents.Contains(eventName) : Events.Contains(eventName));

    /// <summary>Gets a value indicating whether a channel name is made of letters, digits, '-' and '_'.</summary>
    public static bool IsValidName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <inheritdoc/>
    public void Validate(ConfigValidationContext context)
    {
        for (var i = 0; i < Events.Count; i++)
        {
            if (!AllEvents.Contains(Events[i]))
            {
                context.Error($"events[{i}]", $"unknown event '{Events[i]}': expected one of {string.Join(", ", AllEvents)}");
            }
        }

        ValidateChannel(context);
    }

    /// <summary>Reports the rules of this kind of channel.</summary>
    protected abstract void ValidateChannel(ConfigValidationContext context);

    /// <summary>Checks a secret given as a systemd credential name or a file path: at most one of both (exactly one when <paramref name="required"/>).</summary>
    protected static void ValidateSecret(ConfigValidationContext context, string what, string credentialKey, string? credential, string fileKey, string? file, bool required)
    {
        var hasCredential = !string.IsNullOrEmpty(credential);
        var hasFile = !string.IsNullOrEmpty(file);
        if (hasCredential && hasFile)
        {
            context.Error(fileKey, $"both `{credentialKey}` and `{fileKey}` are set: expected one source for the {what}");
        }
        else if (required && !hasCredential && !hasFile)
        {
            context.Error(credentialKey, $"the {what} is missing: expected `{credentialKey}` (a systemd credential name, read from $CREDENTIALS_DIRECTORY) or `{fileKey}` (a file of mode 0640 or stricter); it is never written in config.yaml");
        }

        if (hasCredential && !IsValidName(credential!.Replace(".", string.Empty, StringComparison.Ordinal)))
        {
            context.Error(credentialKey, $"'{credential}' is not a credential name: expected a name such as linkedin-auto.smtp-password, not a path (use `{fileKey}` for a path)");
        }

        if (hasFile && !Path.IsPathRooted(file))
        {
            context.Error(fileKey, $"'{file}' is not valid: expected an absolute path");
        }
    }
}
