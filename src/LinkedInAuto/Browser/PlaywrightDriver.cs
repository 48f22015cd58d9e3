using Microsoft.Playwright;

namespace LinkedInAuto.Browser;

/// <summary>Starts one Playwright driver (Node) process with a clean environment and tells which process it is.</summary>
internal static class PlaywrightDriver
{
    // Serialises the environment swap and the before/after diff of our children, so two runs starting at once can
    // neither see each other's environment nor mistake each other's driver.
    private static readonly SemaphoreSlim s_startLock = new(1, 1);

    /// <summary>Starts a driver; the returned task completes once it answered the handshake.</summary>
    internal static async Task<StartedDriver> StartAsync(string runId, CancellationToken cancellationToken)
    {
        await s_startLock.WaitAsync(cancellationToken);
        try
        {
            var before = ChildrenOfSelf().Select(p => p.Pid).ToHashSet();
            Task<IPlaywright> ready;
            using (ChildEnvironment.ApplyForDriver(runId))
            {
                // Playwright.CreateAsync starts the process synchronously (in StdIOTransport's constructor), before
                // its first await, so the environment can be restored as soon as the task is returned.
                ready = Playwright.CreateAsync();
            }

            var driver = ChildrenOfSelf().FirstOrDefault(p => !before.Contains(p.Pid) && IsDriver(p));
            if (driver is null)
            {
                // No process means CreateAsync failed before spawning (e.g. the bundled node is missing): surface that.
                await ready;
                throw new InvalidOperationException("the Playwright driver started but no new child process runs its cli.js run-driver");
            }

            return new StartedDriver(driver.Identity, ready);
        }
        finally
        {
            s_startLock.Release();
        }
    }

    private static bool IsDriver(ProcessInfo process) =>
        process.Arguments is [.., var cli, "run-driver"] && cli.EndsWith("cli.js", StringComparison.Ordinal);

    private static IEnumerable<ProcessInfo> ChildrenOfSelf() =>
        ProcessTree.Snapshot().Where(p => p.ParentPid == Environment.ProcessId);
}

/// <summary>A driver process that is starting.</summary>
/// <param name="Process">The driver's identity, known as soon as it was spawned.</param>
/// <param name="Ready">Completes with the Playwright connection once the driver answered.</param>
internal sealed record StartedDriver(ProcessIdentity Process, Task<IPlaywright> Ready);
