namespace LinkedInAuto.Storage;

/// <summary>What a run did.</summary>
/// <param name="Done">Actions done and proven (or rehearsed, in a dry run).</param>
/// <param name="Skipped">Candidates skipped (blacklist, already done, rules).</param>
/// <param name="Failed">Actions that failed before anything reached LinkedIn.</param>
/// <param name="Refused">Actions LinkedIn refused (an error status, an error toast, a limit dialog).</param>
/// <param name="Unconfirmed">Actions whose outcome is unknown: no proof appeared.</param>
public sealed record RunCounts(int Done, int Skipped, int Failed, int Refused = 0, int Unconfirmed = 0)
{
    /// <summary>Describes the counts for people: "3 done, 1 skipped, 0 failed", then refused and unconfirmed actions when there are any.</summary>
    public string Describe() =>
        $"{Done} done, {Skipped} skipped, {Failed} failed"
        + (Refused > 0 ? $", {Refused} refused" : string.Empty)
        + (Unconfirmed > 0 ? $", {Unconfirmed} unconfirmed" : string.Empty);
}
