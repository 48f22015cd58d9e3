using LinkedInAuto.Browser;
using LinkedInAuto.Doctor;

namespace LinkedInAuto.Tests.Doctor;

/// <summary>Which browser processes count as left behind, on a process table of one's choosing.</summary>
public sealed class OrphanBrowserFinderTests
{
    private const string Runtime = "/run/linkedin-auto";
    private readonly List<ProcessInfo> _processes = [];
    private readonly Dictionary<int, int> _uids = [];
    private readonly Dictionary<int, string> _runVariables = [];

    public OrphanBrowserFinderTests()
    {
        Add(1, 0, "systemd", uid: 0);
    }

    [Fact]
    public void RunOfALiveDaemon_IsNotAnOrphan_EvenItsCrashHandlerUnderInit()
    {
        Add(100, 1, "linkedin-auto", "/usr/lib/linkedin-auto/linkedin-auto daemon");
        AddRun(driverParent: 100);

        Assert.Empty(Find());
    }

    [Fact]
    public void RunWhoseDaemonDied_IsAnOrphan_WithEveryProcess()
    {
        AddRun(driverParent: 1);

        var run = Assert.Single(Find());

        Assert.Equal("r1", run.RunId);
        Assert.Equal([200, 300, 301, 400], run.Processes.Select(p => p.Pid));
    }

    [Fact]
    public void ReparentedToAUserManagerSubreaper_IsAnOrphan()
    {
        Add(50, 1, "systemd", "/lib/systemd/systemd --user");
        AddRun(driverParent: 50);

        Assert.Equal("r1", Assert.Single(Find()).RunId);
    }

    [Fact]
    public void DaemonAsPid1OfAContainer_KeepsItsRunLive()
    {
        _processes.Clear();
        Add(1, 0, "linkedin-auto", "/usr/bin/linkedin-auto daemon");
        AddRun(driverParent: 1);

        Assert.Empty(Find());
    }

    [Fact]
    public void OtherUsersAndOtherRuntimeDirectories_AreIgnored()
    {
        Add(500, 1, "chromium", "/usr/lib/chromium/chromium --user-data-dir=/run/linkedin-auto/browser-theirs/profile", uid: 1001);
        Add(600, 1, "chromium", "/usr/lib/chromium/chromium --user-data-dir=/tmp/elsewhere/browser-x/profile");
        Add(700, 1, "chromium", "/usr/lib/chromium/chromium --user-data-dir=/home/pi/.config/chromium");

        Assert.Empty(Find());
    }

    [Fact]
    public async Task Check_WarnsWithReapAndTheKillCommand()
    {
        AddRun(driverParent: 1);

        var result = await new OrphanCheck(Find).RunAsync(default);

        Assert.Equal(DoctorStatus.Warn, result.Status);
        Assert.Equal("4 browser processes left by 1 finished run: run r1: 4 processes (200, 300, 301, 400)", result.Detail);
        Assert.Equal("`linkedin-auto reap`, or `kill 200 300 301 400`", result.Hint);
    }

    // The driver is marked only by its environment; Chromium and its renderer by the profile; crashpad, double-forked
    // to init, by its database.
    private void AddRun(int driverParent)
    {
        Add(200, driverParent, "node", "/usr/lib/linkedin-auto/.playwright/node/linux-x64/node /usr/lib/linkedin-auto/.playwright/package/cli.js run-driver");
        _runVariables[200] = "r1";
        Add(300, 200, "chromium", $"/usr/lib/chromium/chromium --headless --user-data-dir={Runtime}/browser-r1/profile --remote-debugging-pipe");
        Add(301, 300, "chromium", $"/usr/lib/chromium/chromium --type=renderer --user-data-dir={Runtime}/browser-r1/profile --lang=fr-FR");
        Add(400, 1, "chrome_crashpad", $"/usr/lib/chromium/chrome_crashpad_handler --database={Runtime}/browser-r1/crash --url=");
    }

    private void Add(int pid, int parent, string command, string? commandLine = null, int uid = 1000)
    {
        _processes.Add(new ProcessInfo(pid, parent, pid, 'S', (ulong)pid, command, commandLine is null ? [] : [commandLine]));
        _uids[pid] = uid;
    }

    private IReadOnlyList<OrphanBrowserRun> Find() =>
        new OrphanBrowserFinder(Runtime, 1000, () => _processes, pid => _uids.TryGetValue(pid, out var uid) ? uid : null, pid => _runVariables.GetValueOrDefault(pid)).Find();
}
