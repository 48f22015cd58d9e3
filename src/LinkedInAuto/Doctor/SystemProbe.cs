using System.ComponentModel;
using System.Diagnostics;
using LinkedInAuto.Platform;
using LinkedInAuto.SystemBus;

namespace LinkedInAuto.Doctor;

/// <summary>The real machine, read through /proc, statx(2), statvfs(3), the system bus and child processes.</summary>
public sealed class SystemProbe(SystemFacts facts) : ISystemProbe
{
    // systemd-analyze and systemd-creds must not hang the doctor.
    private static readonly TimeSpan s_commandTimeout = TimeSpan.FromSeconds(30);

    /// <inheritdoc/>
    public uint EffectiveUserId => LibC.GetEffectiveUserId();

    /// <inheritdoc/>
    public string? ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <inheritdoc/>
    public bool Exists(string path) => File.Exists(path) || Directory.Exists(path);

    /// <inheritdoc/>
    public FileStatus? Stat(string path) => LibC.Stat(path) is { } status ? new FileStatus(status.UserId, status.GroupId, status.Mode) : null;

    /// <inheritdoc/>
    public long? FreeBytes(string path)
    {
        try
        {
            // On Linux DriveInfo accepts any path and asks statvfs(3) about the file system holding it.
            return new DriveInfo(path).AvailableFreeSpace;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <inheritdoc/>
    public Task<UnitFacts?> UnitAsync(string unit, CancellationToken cancellationToken) => facts.GetUnitAsync(unit, cancellationToken);

    /// <inheritdoc/>
    public Task<bool?> ClockSynchronizedAsync(CancellationToken cancellationToken) => facts.IsClockSynchronizedAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<CommandResult?> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Plain English output whatever the administrator's locale, since some of it is parsed.
        start.Environment["LC_ALL"] = "C.UTF-8";
        start.Environment["SYSTEMD_COLORS"] = "0";
        start.Environment["SYSTEMD_PAGER"] = string.Empty;

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            return null;
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(s_commandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            return new CommandResult(-1, string.Empty, $"{program} did not finish within {s_commandTimeout.TotalSeconds:0} s");
        }

        return new CommandResult(process.ExitCode, await output, await error);
    }
}
