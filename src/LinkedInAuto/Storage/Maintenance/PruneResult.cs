namespace LinkedInAuto.Storage.Maintenance;

/// <summary>What one prune removed.</summary>
/// <param name="Visits">Profile visits older than <c>retention.visits</c>.</param>
/// <param name="Runs">Runs older than <c>retention.runs</c> (rows that referred to them keep their data, without the run).</param>
/// <param name="Contacts">Contacts last seen before <c>retention.visits</c> that nothing refers to any more.</param>
/// <param name="DebugFiles">Debug artefacts older than <c>retention.debug</c>.</param>
public sealed record PruneResult(int Visits, int Runs, int Contacts, int DebugFiles);
