namespace LinkedInAuto.Alerts;

/// <summary>`linkedin-auto alerts test`: one test alert through each channel (or one), at once, reporting each result.</summary>
public sealed class AlertTester(AlertChannels channels, AlertDelivery delivery, TimeProvider time)
{
    /// <summary>Sends the test; <paramref name="only"/> limits it to one channel. An empty list: no channel is configured (or named so).</summary>
    public async Task<IReadOnlyList<AlertTestResult>> RunAsync(string? only, CancellationToken cancellationToken)
    {
        var message = new AlertMessage(
            AlertEvents.Test,
            "Test alert",
            "This is a test sent by `linkedin-auto alerts test`. If you read it, this channel works: alerts such as \"LinkedIn needs you\" will arrive here.",
            3,
            ["white_check_mark"],
            time.GetUtcNow(),
            DedupKey: null);
        var selected = channels.Current().Where(c => only is null || c.Name == only).ToList();
        var sends = selected.Select(async channel =>
        {
            try
            {
                await delivery.SendOnceAsync(channel, message, cancellationToken);
                return new AlertTestResult(channel.Name, channel.Kind, null, null);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return new AlertTestResult(channel.Name, channel.Kind, AlertDelivery.Describe(channel, ex), channel.Hint);
            }
        });
        return await Task.WhenAll(sends);
    }
}

/// <summary>The result of the test through one channel.</summary>
/// <param name="Channel">The channel's name.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Error">Null when delivered; otherwise what went wrong, without secrets.</param>
/// <param name="Hint">What to check, when it failed.</param>
public sealed record AlertTestResult(string Channel, string Kind, string? Error, string? Hint)
{
    /// <summary>Gets a value indicating whether the channel accepted the test.</summary>
    public bool Delivered => Error is null;
}
