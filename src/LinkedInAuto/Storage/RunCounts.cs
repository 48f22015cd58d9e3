namespace LinkedInAuto.Storage;

/// <summary>What a run did.</summary>
/// <param name="Done">Actions done.</param>
/// <param name="Skipped">Candidates skipped (blacklist, already done, rules).</param>
/// <param name="Failed">Actions that failed.</param>
public sealed record RunCounts(int Done, int Skipped, int Failed);
