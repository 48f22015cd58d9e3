using System.Runtime;
using LinkedInAuto.Configuration;
using LinkedInAuto.Platform;

namespace LinkedInAuto.Daemon;

/// <summary>
/// The daemon's start-up JIT profile: the methods the last start had to compile are compiled again on another core
/// while this start runs (.NET's multi-core JIT, <see cref="ProfileOptimization"/>), so the start does not wait for
/// the JIT one method at a time. docs/startup.md explains the files and the writes.
/// </summary>
/// <remarks>
/// The runtime reads and writes the profile in `$RUNTIME_DIRECTORY/jit` (tmpfs). The copy kept across boots lives in
/// `$CACHE_DIRECTORY` (systemd's `CacheDirectory=`, on the SD card) and is written once per build of the product:
/// by the first ordinary start (one that reached READY=1 without creating or migrating the history), and again only
/// after an upgrade (its name carries the build's module version id, which the compiler derives from the build's
/// content). Without `$CACHE_DIRECTORY` (a daemon started by hand) nothing is kept and the start is as without a
/// profile. Any failure here only costs the speed-up: the daemon starts the same.
/// </remarks>
public sealed class StartupJitProfile
{
    /// <summary>The file name the runtime reads and writes in the work directory.</summary>
    private const string WorkFileName = "daemon-start.jitprofile";

    /// <summary>The name of the kept copies: this prefix, the build's module version id, <see cref="Extension"/>.</summary>
    private const string CachePrefix = "daemon-start-";

    /// <summary>The extension of the kept copies.</summary>
    private const string Extension = ".jitprofile";

    private readonly string? _workFile;
    private readonly string? _cacheFile;
    private readonly bool _replayed;
    private int _finished;

    private StartupJitProfile(string? workFile, string? cacheFile, bool replayed, string state)
    {
        _workFile = workFile;
        _cacheFile = cacheFile;
        _replayed = replayed;
        State = state;
    }

    /// <summary>Gets what happened so far, for the log (the profile starts before logging exists).</summary>
    public string State { get; private set; }

    /// <summary>Starts recording, replaying the kept profile of this build when there is one.</summary>
    /// <param name="directories">`$RUNTIME_DIRECTORY` (work) and `$CACHE_DIRECTORY` (the kept copy).</param>
    public static StartupJitProfile Start(AppDirectories directories)
    {
        if (directories.CacheDirectory is null)
        {
            return new StartupJitProfile(null, null, false, "not used: no $CACHE_DIRECTORY");
        }

        try
        {
            var build = typeof(StartupJitProfile).Assembly.ManifestModule.ModuleVersionId;
            var cacheFile = Path.Combine(directories.CacheDirectory, CachePrefix + build.ToString("N") + Extension);
            var workDirectory = Path.Combine(directories.RuntimeDirectory, "jit");
            Directory.CreateDirectory(workDirectory);
            var workFile = Path.Combine(workDirectory, WorkFileName);
            var replayed = File.Exists(cacheFile);
            if (replayed)
            {
                File.Copy(cacheFile, workFile, overwrite: true);
            }
            else
            {
                File.Delete(workFile);
            }

            ProfileOptimization.SetProfileRoot(workDirectory);
            ProfileOptimization.StartProfile(WorkFileName);
            return new StartupJitProfile(workFile, cacheFile, replayed, replayed ? $"replaying {cacheFile}" : "recording: no profile kept for this build yet");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new StartupJitProfile(null, null, false, "not used: " + ex.Message);
        }
    }

    /// <summary>Once every hosted service started (just before READY=1): stops recording, and keeps the profile if
    /// this build has none kept yet and this start was an ordinary one.</summary>
    /// <param name="ordinaryStart">False when this start created or migrated the history: it compiled what an ordinary
    /// start never runs (EF Core's migration pipeline), and replaying that at every start would cost 7 to 13 MiB of
    /// idle memory instead of about 3 (measured); the next ordinary start records again.</param>
    /// <returns>What was done, for the log.</returns>
    public string Finish(bool ordinaryStart)
    {
        if (Interlocked.Exchange(ref _finished, 1) == 1 || _workFile is null || _cacheFile is null)
        {
            return State;
        }

        try
        {
            // A null profile name stops the recorder, which then encodes and writes what it recorded to the work file
            // (about 20 ms here, before READY=1). Only a recording that will be kept needs that: otherwise the work
            // directory goes first, the runtime cannot open the file, and the stop costs nothing.
            if (_replayed || !ordinaryStart)
            {
                TryDeleteDirectory(Path.GetDirectoryName(_workFile)!);
            }

            ProfileOptimization.StartProfile(null);
            State = (_replayed, ordinaryStart, File.Exists(_workFile)) switch
            {
                (true, _, _) => $"replayed {_cacheFile}",
                (_, false, _) => "not kept: this start created or migrated the history; the next start records again",
                (_, _, false) => "recorded nothing",
                _ => Keep(_workFile, _cacheFile),
            };
            return State;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            State = "not kept: " + ex.Message;
            return State;
        }
        finally
        {
            TryDelete(_workFile);
        }
    }

    /// <summary>Writes the recorded profile to its kept name (durably: a torn copy would stay until the next upgrade)
    /// and removes the copies kept for earlier builds.</summary>
    private static string Keep(string workFile, string cacheFile)
    {
        DurableFile.Replace(cacheFile, File.ReadAllBytes(workFile), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        foreach (var old in Directory.EnumerateFiles(Path.GetDirectoryName(cacheFile)!, CachePrefix + "*" + Extension))
        {
            if (!string.Equals(old, cacheFile, StringComparison.Ordinal))
            {
                TryDelete(old);
            }
        }

        return "kept for the next start: " + cacheFile;
    }

    private static void TryDeleteDirectory(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Then the runtime writes a recording nobody reads, and it is deleted below.
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only a leftover file: the next start deletes or replaces it.
        }
    }
}
