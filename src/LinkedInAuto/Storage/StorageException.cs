namespace LinkedInAuto.Storage;

/// <summary>The history database cannot be used; the message names the file and the next step, ready to show as is.</summary>
public sealed class StorageException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="StorageException"/> class.</summary>
    public StorageException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StorageException"/> class.</summary>
    public StorageException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StorageException"/> class.</summary>
    public StorageException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
