namespace LinkedInAuto.Browser;

/// <summary>Makes Playwright calls, which take no CancellationToken, cancellable.</summary>
internal static class PlaywrightCalls
{
    /// <summary>Awaits <paramref name="call"/>; on cancellation abandons it (it fails once the browser closes) and observes its fault.</summary>
    internal static async Task<T> WaitAsync<T>(Task<T> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Observe(call);
            throw;
        }
    }

    /// <inheritdoc cref="WaitAsync{T}(Task{T}, CancellationToken)"/>
    internal static async Task WaitAsync(Task call, CancellationToken cancellationToken)
    {
        try
        {
            await call.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Observe(call);
            throw;
        }
    }

    /// <summary>Marks an abandoned task's eventual exception as observed, so it is not reported as unobserved.</summary>
    internal static void Observe(Task task) =>
        task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
