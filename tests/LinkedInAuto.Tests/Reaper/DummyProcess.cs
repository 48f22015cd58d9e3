using System.Diagnostics;
using System.Globalization;
using LinkedInAuto.Browser;

namespace LinkedInAuto.Tests.Reaper;

/// <summary>A copy of /bin/sleep under a chosen name, started orphaned (its shell parent exits, so it is re-parented to init) like a browser left behind.</summary>
internal sealed class DummyProcess : IDisposable
{
    private DummyProcess(ProcessInfo info) => Info = info;

    public ProcessInfo Info { get; }

    public int Pid => Info.Pid;

    public bool IsAlive => ProcessTree.IsAlive(Info.Identity);

    public static async Task<DummyProcess> StartOrphanAsync(string directory, string name, IReadOnlyDictionary<string, string>? environment = null)
    {
        var executable = Path.Combine(directory, name);
        if (!File.Exists(executable))
        {
            File.Copy("/bin/sleep", executable);
        }

        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("\"$0\" 300 </dev/null >/dev/null 2>&1 & echo $!");
        start.ArgumentList.Add(executable);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var shell = Process.Start(start)!;
        var pid = int.Parse((await shell.StandardOutput.ReadLineAsync())!, CultureInfo.InvariantCulture);
        await shell.WaitForExitAsync();
        return new DummyProcess(ProcessTree.TryRead(pid) ?? throw new InvalidOperationException($"dummy {name} ({pid}) did not start"));
    }

    public async Task WaitGoneAsync(TimeSpan timeout)
    {
        var deadline = TimeProvider.System.GetTimestamp();
        while (IsAlive && TimeProvider.System.GetElapsedTime(deadline) < timeout)
        {
            await Task.Delay(50);
        }
    }

    public void Dispose() => ProcessTree.Signal(Info.Identity, ProcessTree.SigKill);
}
