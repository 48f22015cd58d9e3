using LinkedInAuto.Browser;
using LinkedInAuto.Configuration;
using LinkedInAuto.Reaper;
using LinkedInAuto.Tests.Control;
using Microsoft.Extensions.Logging.Abstractions;

namespace LinkedInAuto.Tests.Reaper;

/// <summary>Acceptance 3: a process named like Chromium, ours and part of no run, is reaped; another name, or the active run's, is left alone.</summary>
[Collection(ProcessControlDefinition.Name)]
public sealed class ChromiumReaperTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly ActiveBrowserRegistry _registry = new();

    private string RuntimeDirectory => _directory.File("run");

    [Fact]
    public async Task ReapOnce_OrphanNamedChromium_IsTerminated_OthersAreLeftAlone()
    {
        Directory.CreateDirectory(RuntimeDirectory);
        using var orphan = await DummyProcess.StartOrphanAsync(_directory.Path, "chromium");
        using var crashHandler = await DummyProcess.StartOrphanAsync(_directory.Path, "chrome_crashpad_handler");
        using var unrelated = await DummyProcess.StartOrphanAsync(_directory.Path, "sleepy");
        using var activeDriver = await DummyProcess.StartOrphanAsync(_directory.Path, "chromium");
        using var activeHelper = await DummyProcess.StartOrphanAsync(_directory.Path, "chromium", new Dictionary<string, string> { [ChildEnvironment.RunIdVariable] = "birthday-7" });
        var active = new ActiveBrowserRun(BrowserRunPaths.For(RuntimeDirectory, "birthday-7", string.Empty));
        active.Attach(new BrowserProcessTree(activeDriver.Info.Identity, active.Paths, activeDriver.Info.Executable));
        _registry.Add(active);
        Directory.CreateDirectory(active.Paths.ProfileDirectory);
        var stale = Directory.CreateDirectory(Path.Combine(RuntimeDirectory, BrowserRunPaths.DirectoryPrefix + "birthday-3")).FullName;

        var report = await Reaper().ReapOnceAsync(CancellationToken.None);

        Assert.Equal([orphan.Pid, crashHandler.Pid], report.Terminated.Select(p => p.Pid).Order());
        Assert.Empty(report.Killed);
        await orphan.WaitGoneAsync(TimeSpan.FromSeconds(5));
        Assert.False(orphan.IsAlive);
        Assert.True(unrelated.IsAlive, "a process with another name is never touched");
        Assert.True(activeDriver.IsAlive, "a process of the active run's tree is left alone");
        Assert.True(activeHelper.IsAlive, "a process carrying the active run's id is left alone");
        Assert.Equal([stale], report.RemovedDirectories);
        Assert.True(Directory.Exists(active.Paths.RunDirectory));
    }

    [Fact]
    public async Task ReapOnce_OrphanIgnoringSigterm_IsKilledAfterTheGrace()
    {
        // A shell that traps TERM stands in for a browser that ignores it; the copy is named chromium.
        var shell = _directory.File("chromium");
        File.Copy("/bin/bash", shell);
        var start = new System.Diagnostics.ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("\"$0\" -c 'trap \"\" TERM; while :; do read -t 1 _ </dev/zero 2>/dev/null || :; done' </dev/null >/dev/null 2>&1 & echo $!");
        start.ArgumentList.Add(shell);
        int pid;
        using (var launcher = System.Diagnostics.Process.Start(start)!)
        {
            pid = int.Parse((await launcher.StandardOutput.ReadLineAsync())!, System.Globalization.CultureInfo.InvariantCulture);
            await launcher.WaitForExitAsync();
        }

        var identity = ProcessTree.TryRead(pid)!.Identity;
        try
        {
            var report = await Reaper().ReapOnceAsync(CancellationToken.None);

            Assert.Equal([pid], report.Killed.Select(p => p.Pid));
            var deadline = TimeProvider.System.GetTimestamp();
            while (ProcessTree.IsAlive(identity) && TimeProvider.System.GetElapsedTime(deadline) < TimeSpan.FromSeconds(5))
            {
                await Task.Delay(50);
            }

            Assert.False(ProcessTree.IsAlive(identity));
        }
        finally
        {
            ProcessTree.Signal(identity, ProcessTree.SigKill);
        }
    }

    public void Dispose() => _directory.Dispose();

    private ChromiumReaper Reaper()
    {
        var config = new AppConfig();
        config.Reaper.Grace = TimeSpan.FromSeconds(1);
        return new ChromiumReaper(_registry, new AppDirectories(_directory.File("state"), RuntimeDirectory, null), new ConfigStore("config.yaml", config), TimeProvider.System, NullLogger<ChromiumReaper>.Instance);
    }
}
