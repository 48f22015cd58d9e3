using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace LinkedInAuto.Tests.Storage;

/// <summary>A `dotnet some.dll` child process whose stdout lines are collected as they arrive.</summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly StringBuilder _error = new();
    private readonly SemaphoreSlim _lineArrived = new(0);

    private ChildProcess(string dll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Short-lived children spend a good part of their CPU on profile-guided tiering they never benefit from.
        start.Environment["DOTNET_TieredPGO"] = "0";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                _lines.Enqueue(e.Data);
                _lineArrived.Release();
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_error)
            {
                _error.AppendLine(e.Data);
            }
        };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public IReadOnlyList<string> Lines => [.. _lines];

    public string Output => string.Join('\n', _lines);

    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static ChildProcess Start(string dll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null) =>
        new(dll, arguments, environment);

    /// <summary>Runs a child to completion and returns it, so its output and exit code can be read.</summary>
    public static async Task<ChildProcess> RunAsync(string dll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var child = Start(dll, arguments, environment);
        await child.WaitForExitAsync(TimeSpan.FromSeconds(60));
        return child;
    }

    /// <summary>Waits until a stdout line matches; fails the test if the child exits or takes too long first.</summary>
    public async Task WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (!_lines.Any(match))
        {
            if (_process.HasExited && !_lines.Any(match))
            {
                await _process.WaitForExitAsync(deadline.Token);
                if (!_lines.Any(match))
                {
                    throw new InvalidOperationException($"The child exited ({_process.ExitCode}) before the expected line.\nstdout:\n{Output}\nstderr:\n{Error}");
                }

                return;
            }

            try
            {
                await _lineArrived.WaitAsync(TimeSpan.FromMilliseconds(200), deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No expected line within {timeout}.\nstdout:\n{Output}\nstderr:\n{Error}");
            }
        }
    }

    /// <summary>Writes a line to the child's stdin.</summary>
    public async Task SendLineAsync(string line)
    {
        await _process.StandardInput.WriteLineAsync(line);
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Sends SIGKILL (what <see cref="Process.Kill()"/> does on Linux): no handler, no flush, no cleanup.</summary>
    public void Kill() => _process.Kill();

    /// <summary>Waits for the exit and for the end of both output streams.</summary>
    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(deadline.Token);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        _lineArrived.Dispose();
    }
}
