namespace LinkedInAuto.Doctor;

/// <summary>Leftover browsers of runs whose daemon is gone: they hold the memory the next run needs.</summary>
public sealed class OrphanCheck : IDoctorCheck
{
    private readonly Func<IReadOnlyList<OrphanBrowserRun>> _find;

    /// <summary>Initializes a new instance of the <see cref="OrphanCheck"/> class.</summary>
    public OrphanCheck(DoctorContext context)
        : this(new OrphanBrowserFinder(context.Directories.RuntimeDirectory, context.ServiceUser.UserId).Find)
    {
    }

    // For testing, and for the reaper's own detection later.
    internal OrphanCheck(Func<IReadOnlyList<OrphanBrowserRun>> find) => _find = find;

    /// <inheritdoc/>
    public string Name => "orphans";

    /// <inheritdoc/>
    public bool UsesConfig => false;

    /// <inheritdoc/>
    public Task<DoctorResult> RunAsync(CancellationToken cancellationToken)
    {
        var runs = _find();
        if (runs.Count == 0)
        {
            return Task.FromResult(DoctorResult.Pass(Name, "no leftover browser processes"));
        }

        var pids = runs.SelectMany(r => r.Processes).Select(p => p.Pid).ToList();
        var detail = string.Join("; ", runs.Select(r => $"run {r.RunId}: {r.Processes.Count} process{(r.Processes.Count == 1 ? string.Empty : "es")} ({string.Join(", ", r.Processes.Select(p => p.Pid).Take(8))}{(r.Processes.Count > 8 ? ", …" : string.Empty)})"));
        return Task.FromResult(DoctorResult.Warn(
            Name,
            $"{pids.Count} browser process{(pids.Count == 1 ? string.Empty : "es")} left by {runs.Count} finished run{(runs.Count == 1 ? string.Empty : "s")}: {detail}",
            $"`linkedin-auto reap`, or `kill {string.Join(' ', pids)}`"));
    }
}
