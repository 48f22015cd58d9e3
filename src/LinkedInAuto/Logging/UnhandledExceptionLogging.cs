namespace LinkedInAuto.Logging;

/// <summary>Routes process-wide unhandled exceptions to the logger (docs/architecture.md, "Logging").</summary>
public static class UnhandledExceptionLogging
{
    /// <summary>Subscribes to <see cref="AppDomain.UnhandledException"/> and <see cref="TaskScheduler.UnobservedTaskException"/>; dispose to unsubscribe.</summary>
    /// <remarks>Our sinks write synchronously, so a Fatal event is out before the runtime terminates the process.</remarks>
    public static IDisposable Register(Serilog.ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        UnhandledExceptionEventHandler onUnhandled = (_, e) => LogUnhandled(logger, e.ExceptionObject, e.IsTerminating);
        EventHandler<UnobservedTaskExceptionEventArgs> onUnobserved = (_, e) => LogUnobserved(logger, e.Exception);
        AppDomain.CurrentDomain.UnhandledException += onUnhandled;
        TaskScheduler.UnobservedTaskException += onUnobserved;
        return new Subscription(() =>
        {
            AppDomain.CurrentDomain.UnhandledException -= onUnhandled;
            TaskScheduler.UnobservedTaskException -= onUnobserved;
        });
    }

    internal static void LogUnhandled(Serilog.ILogger logger, object exceptionObject, bool isTerminating) // For testing
    {
        if (exceptionObject is Exception exception)
        {
            logger.Fatal(exception, "Unhandled exception (terminating: {IsTerminating})", isTerminating);
        }
        else
        {
            logger.Fatal("Unhandled non-exception object {ExceptionObject} (terminating: {IsTerminating})", exceptionObject, isTerminating);
        }
    }

    internal static void LogUnobserved(Serilog.ILogger logger, Exception exception) => // For testing
        logger.Error(exception, "Unobserved task exception");

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private Action? _unsubscribe = unsubscribe;

        public void Dispose() => Interlocked.Exchange(ref _unsubscribe, null)?.Invoke();
    }
}
