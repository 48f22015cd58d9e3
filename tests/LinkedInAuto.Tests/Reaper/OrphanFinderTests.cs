using LinkedInAuto.Browser;
using LinkedInAuto.Doctor;
using LinkedInAuto.Reaper;

namespace LinkedInAuto.Tests.Reaper;

/// <summary>Which browser processes count as left behind, on a process table of one's choosing: the one rule of the
/// reaper and `doctor`, in the process table (outside the service) and in the service's cgroup.</summary>
public sealed class OrphanFinderTests
{
    private const string Runtime = "/run/linkedin-auto";
    private readonly List<ProcessInfo> _processes = [];
    private readonly Dictionary<int, int> _uids = [];
    private readonly Dictionary<int, string> _runVariables = [];

    public OrphanFinderTests()
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

        Assert.Equal("r1", run.Key);
        Assert.Equal([200, 300, 301, 400], run.Select(o => o.Pid).Order());
    }

    [Fact]
    public void ReparentedToAUserManagerSubreaper_IsAnOrphan()
    {
        Add(50, 1, "systemd", "/lib/systemd/systemd --user");
        AddRun(driverParent: 50);

        Assert.Equal("r1", Assert.Single(Find()).Key);
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

        var result = await new OrphanCheck(Orphans).RunAsync(default);

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

    [Fact]
    public void InTheService_BrowsersNoRunOwns_AndHiddenProcessesWhenIdle_AreOrphans()
    {
        Add(100, 1, "linkedin-auto", "/usr/lib/linkedin-auto/linkedin-auto daemon");
        AddRun(driverParent: 100);
        Add(150, 1, "linkedin-auto", "/usr/bin/linkedin-auto reload");
        int[] members = [100, 150, 200, 300, 301, 400, 900]; // 900: a sandboxed renderer /proc hides from us

        var idle = Finder(self: 100).FindInService(members, _processes, _ => false, anyRunActive: false);
        var running = Finder(self: 100).FindInService(members, _processes, p => p.Pid is 200 or 300 or 301, anyRunActive: true);

        Assert.Equal([200, 300, 301, 400, 900], idle.Select(o => o.Pid).Order()); // never the daemon or its reload command
        Assert.Null(idle.Single(o => o.Pid == 900).Process);
        Assert.Equal([400], running.Select(o => o.Pid)); // a hidden process may be the active run's renderer: left alone
    }

    [Theory]
    [InlineData("0::/system.slice/linkedin-auto.service\n", "/sys/fs/cgroup/system.slice/linkedin-auto.service/cgroup.procs")]
    [InlineData("12:pids:/system.slice/linkedin-auto.service\n1:name=systemd:/system.slice/linkedin-auto.service\n0::/system.slice/linkedin-auto.service\n", "/sys/fs/cgroup/unified/system.slice/linkedin-auto.service/cgroup.procs")]
    public void ServiceCgroup_OurUnit_ListsItsMembers(string selfCgroup, string procs)
    {
        var members = ServiceCgroup.Members(selfCgroup, path => path == procs ? "100\n200\n" : null);

        Assert.Equal([100, 200], members);
    }

    [Theory]
    [InlineData("0::/user.slice/user-1000.slice/session-2.scope\n")] // a terminal
    [InlineData("0::/system.slice/ci-runner.service\n")] // another service: its cgroup is not ours to reap
    [InlineData("")]
    public void ServiceCgroup_AnywhereElse_None(string selfCgroup)
    {
        Assert.Null(ServiceCgroup.Members(selfCgroup, _ => "100\n200\n"));
    }

    private OrphanFinder Finder(int self = 4242) =>
        new(self, 1000, Runtime, pid => _uids.TryGetValue(pid, out var uid) ? uid : null, pid => _runVariables.GetValueOrDefault(pid));

    private IReadOnlyList<Orphan> Orphans() => OrphanCheck.Find(Finder(), _processes);

    private List<IGrouping<string, Orphan>> Find() => [.. Orphans().GroupBy(o => o.RunId ?? "unknown")];
}
