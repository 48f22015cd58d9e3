namespace LinkedInAuto.Browser;

/// <summary>Where one run's browser lives on disk, and the arguments that mark its processes.</summary>
/// <param name="RunId">The run's id.</param>
/// <param name="RunDirectory">`$RUNTIME_DIRECTORY/browser-RUNID` (tmpfs): driver TMPDIR, crash reports, per-run profile.</param>
/// <param name="ProfileDirectory">Chromium's `--user-data-dir`: inside the run directory, or the configured persistent one.</param>
public sealed record BrowserRunPaths(string RunId, string RunDirectory, string ProfileDirectory)
{
    /// <summary>The name prefix of every run directory under $RUNTIME_DIRECTORY; the reaper's orphans carry it.</summary>
    public const string DirectoryPrefix = "browser-";

    /// <summary>Gets where Chromium's crash handler keeps its database (see <see cref="ChildEnvironment"/>).</summary>
    public string CrashDirectory => Path.Combine(RunDirectory, "crash");

    /// <summary>Gets a value indicating whether the profile outlives the run (browser.profile_dir is set).</summary>
    public bool IsPersistentProfile => !ProfileDirectory.StartsWith(RunDirectory + "/", StringComparison.Ordinal);

    /// <summary>Computes the paths of a run.</summary>
    /// <exception cref="ArgumentException">The run id could not be part of a file name.</exception>
    public static BrowserRunPaths For(string runtimeDirectory, string runId, string configuredProfileDirectory)
    {
        if (runId.Length is 0 or > 64 || runId.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_')))
        {
            throw new ArgumentException($"run id '{runId}' is not valid: expected 1-64 ASCII letters, digits, '-' or '_'", nameof(runId));
        }

        var runDirectory = Path.Combine(runtimeDirectory, DirectoryPrefix + runId);
        var profile = configuredProfileDirectory.Length > 0 ? configuredProfileDirectory : Path.Combine(runDirectory, "profile");
        return new BrowserRunPaths(runId, runDirectory, profile);
    }

    /// <summary>Tells whether a process carries this run's profile or crash database on its command line.</summary>
    /// <remarks>Chromium passes `--user-data-dir=` to every child except the headless shell's zygotes; the crash handler,
    /// which escapes the process tree, carries `--database=`.</remarks>
    public bool IsMarked(ProcessInfo process) =>
        process.HasArgument("--user-data-dir=" + ProfileDirectory) || process.HasArgument("--database=" + CrashDirectory);
}
