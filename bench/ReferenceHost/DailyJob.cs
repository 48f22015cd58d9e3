using Quartz;

namespace ReferenceHost;

/// <summary>The scheduled job; never due during a measurement.</summary>
internal sealed class DailyJob : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
