using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace LinkedInAuto.Tests;

/// <summary>A `linkedin-auto` child process with its own environment, captured output and POSIX signals.</summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stdout = new();
    private readonly ConcurrentQueue<string> _stderr = new();
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(Func<string, bool> Matches, TaskCompletionSource<string> Found)> _stderrWaiters = [];

    private AppProcess(Process process)
    {
        _process = process;
    }

    /// <summary>Gets the process id.</summary>
    public int Id => _process.Id;

    /// <summary>Gets the lines written to stdout so far.</summary>
    public IReadOnlyList<string> Stdout => [.. _stdout];

    /// <summary>Gets the lines written to stderr so far.</summary>
    public IReadOnlyList<string> Stderr => [.. _stderr];

    /// <summary>Gets the exit code (after exit).</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Starts the product with <paramref name="arguments"/>; <paramref name="environment"/> entries with null values are removed.</summary>
    public static AppProcess Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, string? executable = null)
    {
        var info = new ProcessStartInfo(executable ?? AppExecutable.Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Never leak the test runner's own systemd or config variables into the product.
        foreach (var name in new[] { "NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "INVOCATION_ID", "JOURNAL_STREAM", "LINKEDIN_AUTO_CONFIG" })
        {
            info.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var app = new AppProcess(process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { app._stdout.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { app.OnStderr(e.Data); } };
        process.Exited += (_, _) => app._exited.TrySetResult();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        return app;
    }

    /// <summary>Runs the product to completion and returns it (exit code and output).</summary>
    public static async Task<AppProcess> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        var app = Start(arguments, environment);
        await app.WaitForExitAsync(timeout ?? TimeSpan.FromSeconds(60));
        return app;
    }

    /// <summary>Waits for a stderr line that <paramref name="matches"/> (also one written already) and returns it.</summary>
    /// <exception cref="TimeoutException">None came in time, or the process exited first.</exception>
    public async Task<string> WaitForStderrAsync(Func<string, bool> matches, TimeSpan timeout)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_stderrWaiters)
        {
            if (_stderr.FirstOrDefault(matches) is { } line)
            {
                return line;
            }

            _stderrWaiters.Add((matches, found));
        }

        Task first;
        try
        {
            first = await Task.WhenAny(found.Task, _exited.Task).WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"no such line on stderr within {timeout}\n" + Describe());
        }

        return first == found.Task ? await found.Task : throw new TimeoutException("the process exited before writing such a line\n" + Describe());
    }

    /// <summary>Sends a POSIX signal (e.g. 1 SIGHUP, 15 SIGTERM, 9 SIGKILL).</summary>
    public void Signal(int signal)
    {
        if (Kill(_process.Id, signal) != 0)
        {
            throw new InvalidOperationException($"kill({_process.Id}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    /// <summary>Sends a signal unless the process already exited; returns whether it was delivered.</summary>
    public bool TrySignal(int signal) => !_process.HasExited && Kill(_process.Id, signal) == 0;

    /// <summary>Waits for the process to exit, including the end of its output streams.</summary>
    /// <exception cref="TimeoutException">It did not exit in time (it is then killed).</exception>
    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        try
        {
            await _exited.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"linkedin-auto did not exit within {timeout}. stderr:\n" + string.Join('\n', Stderr));
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>Gets stdout and stderr for assertion messages.</summary>
    public string Describe() => $"exit {(_process.HasExited ? _process.ExitCode : -1)}\nstdout:\n{string.Join('\n', Stdout)}\nstderr:\n{string.Join('\n', Stderr)}";

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void OnStderr(string line)
    {
        lock (_stderrWaiters)
        {
            _stderr.Enqueue(line);
            foreach (var waiter in _stderrWaiters.Where(w => w.Matches(line)).ToList())
            {
                _stderrWaiters.Remove(waiter);
                waiter.Found.TrySetResult(line);
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
