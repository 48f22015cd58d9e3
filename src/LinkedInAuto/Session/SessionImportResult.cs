namespace LinkedInAuto.Session;

/// <summary>What an import stored, for the CLI to report (counts and dates only).</summary>
/// <param name="Format">The format read (detected when auto).</param>
/// <param name="Session">The validated cookies and the drop counts.</param>
/// <param name="Expiry">The li_at expiry.</param>
/// <param name="FilePath">The session file written.</param>
/// <param name="Key">Where the key comes from.</param>
public sealed record SessionImportResult(SessionFormat Format, ValidatedSession Session, SessionExpiry Expiry, string FilePath, string Key);
