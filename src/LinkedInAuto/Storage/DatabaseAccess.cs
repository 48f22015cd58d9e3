namespace LinkedInAuto.Storage;

/// <summary>What a caller is about to do with the history file, which decides how much <see cref="Maintenance.DatabaseGuard"/> checks.</summary>
public enum DatabaseAccess
{
    /// <summary>Read it (export, backup, integrity): the file must exist and be ours.</summary>
    Read,

    /// <summary>Write it (daemon start, prune, vacuum): it may be missing (then it is created), and must be writable and pass quick_check.</summary>
    Write,
}
