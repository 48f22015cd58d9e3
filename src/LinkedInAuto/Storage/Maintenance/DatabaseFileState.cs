namespace LinkedInAuto.Storage.Maintenance;

/// <summary>What <see cref="DatabaseGuard"/> found.</summary>
public enum DatabaseFileState
{
    /// <summary>No file yet: the migrations will create it.</summary>
    Missing,

    /// <summary>A history file of ours that passed the checks.</summary>
    Existing,
}
