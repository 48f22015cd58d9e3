using System.Diagnostics;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;

namespace ReadyTime;

/// <summary>
/// One program started again and again in its own state and runtime directories, with a notify socket: each start is
/// timed from exec to READY=1, then stopped with SIGTERM, which must end it with exit 0.
/// </summary>
internal sealed partial class DaemonUnderTest : IDisposable
{
    private const int SigTerm = 15;
    private static readonly TimeSpan s_readyTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan s_stopTimeout = TimeSpan.FromSeconds(60);

    // SIGTERM a moment after READY=1 rather than at once: a stop within ~0.1 s of READY=1 is a start-up race of its
    // own (seen exiting 143), not what this measures.
    private static readonly TimeSpan s_settle = TimeSpan.FromSeconds(1);

    private readonly string _executable;
    private readonly string[] _arguments;
    private readonly IReadOnlyList<(string Name, string Value)> _environment = [];
    private readonly bool _unitDirectories;
    private readonly string _root = Directory.CreateTempSubdirectory("ready-time-").FullName;

    /// <param name="executable">The program.</param>
    /// <param name="arguments">Its arguments; <c>--config</c> is added when <paramref name="repo"/> is given.</param>
    /// <param name="repo">The repository, whose shipped config, messages and unit environment the product daemon gets; null for none.</param>
    public DaemonUnderTest(string executable, string[] arguments, string? repo)
    {
        _executable = executable;
        _arguments = arguments;
        Directory.CreateDirectory(Path.Combine(_root, "state"));
        Directory.CreateDirectory(Path.Combine(_root, "run"));
        if (repo is not null)
        {
            File.Copy(Path.Combine(repo, "config", "config.yaml"), Path.Combine(_root, "config.yaml"));
            CopyDirectory(Path.Combine(repo, "config", "messages"), Path.Combine(_root, "messages"));
            _arguments = [.. arguments, "--config", Path.Combine(_root, "config.yaml")];
            _environment = UnitEnvironment.Read(repo);
            _unitDirectories = true;
        }
    }

    /// <summary>Exit codes other than 0 seen on SIGTERM, one line each.</summary>
    public List<string> UncleanStops { get; } = [];

    /// <summary>Starts the program, returns the seconds until READY=1, then stops it.</summary>
    /// <param name="whileReady">Given the process id once READY=1 came; the program is stopped when it completes.</param>
    public async Task<double> StartOnceAsync(Func<int, Task>? whileReady = null)
    {
        var socketPath = Path.Combine(_root, "notify.sock");
        File.Delete(socketPath);
        using var socket = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(socketPath));

        var start = new ProcessStartInfo(_executable) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in _arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in _environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["STATE_DIRECTORY"] = Path.Combine(_root, "state");
        start.Environment["RUNTIME_DIRECTORY"] = Path.Combine(_root, "run");
        start.Environment["NOTIFY_SOCKET"] = socketPath;
        if (_unitDirectories)
        {
            // The unit's CacheDirectory=: the product keeps its start-up JIT profile there (the warm-up start writes it).
            start.Environment["CACHE_DIRECTORY"] = Path.Combine(_root, "cache");
        }

        var stderr = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {_executable}");
        process.ErrorDataReceived += (_, e) => stderr.AppendLine(e.Data);
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            using var timeout = new CancellationTokenSource(s_readyTimeout);
            var buffer = new byte[64 * 1024];
            while (true)
            {
                var length = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
                if (Encoding.UTF8.GetString(buffer, 0, length).Split('\n').Contains("READY=1"))
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{_executable}: no READY=1 within {s_readyTimeout.TotalSeconds} s. stderr:\n{stderr}");
        }

        var seconds = clock.Elapsed.TotalSeconds;
        await (whileReady?.Invoke(process.Id) ?? Task.Delay(s_settle));
        _ = Kill(process.Id, SigTerm);
        using (var stop = new CancellationTokenSource(s_stopTimeout))
        {
            await process.WaitForExitAsync(stop.Token);
        }

        if (process.ExitCode != 0)
        {
            UncleanStops.Add($"{_executable} exited {process.ExitCode} on SIGTERM");
        }

        return seconds;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(source))
        {
            CopyDirectory(directory, Path.Combine(target, Path.GetFileName(directory)));
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
