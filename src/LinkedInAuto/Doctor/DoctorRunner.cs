namespace LinkedInAuto.Doctor;

/// <summary>Runs every check, one after the other: a failing or crashing check never stops the others.</summary>
/// <remarks>Sequential on purpose: the browser check starts Chromium, and the Pi has 4 cores and 4 GB for everything.</remarks>
public sealed class DoctorRunner(IEnumerable<IDoctorCheck> checks, DoctorContext context)
{
    /// <summary>Runs the checks in registration order.</summary>
    public async Task<IReadOnlyList<DoctorResult>> RunAsync(CancellationToken cancellationToken)
    {
        var results = new List<DoctorResult>();
        foreach (var check in checks)
        {
            DoctorResult result;
            try
            {
                result = await check.RunAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                result = DoctorResult.Fail(check.Name, $"the check could not run: {ex.GetType().Name}: {ex.Message}", "run the doctor as root or as the service user; if it persists, report it with this output");
            }

            if (check.UsesConfig && !context.ConfigValid)
            {
                result = result with { Detail = result.Detail + " (config invalid: built-in defaults used)" };
            }

            results.Add(result);
        }

        return results;
    }

    /// <summary>The exit code of a report: 1 when a check failed, or warned under <paramref name="strict"/>; else 0.</summary>
    public static int ExitCode(IReadOnlyList<DoctorResult> results, bool strict)
    {
        var worst = results.Count == 0 ? DoctorStatus.Pass : results.Max(r => r.Status);
        return worst == DoctorStatus.Fail || (strict && worst == DoctorStatus.Warn) ? 1 : 0;
    }
}
