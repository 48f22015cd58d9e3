namespace LinkedInAuto.Session;

/// <summary>The saved session cannot be used: missing, unreadable, or its key is unusable.</summary>
public class SessionStoreException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="SessionStoreException"/> class.</summary>
    public SessionStoreException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SessionStoreException"/> class.</summary>
    public SessionStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SessionStoreException"/> class.</summary>
    public SessionStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>The session file exists but cannot be decrypted: wrong or missing key, tampered or truncated file.</summary>
/// <remarks>AES-GCM cannot tell a wrong key from a modified file, so both get the same remedy: import again.</remarks>
public sealed class SessionDecryptException : SessionStoreException
{
    /// <summary>The message, after the file path, for every file that does not decrypt.</summary>
    public const string Reason = "cannot decrypt the saved LinkedIn session — re-import with `linkedin-auto auth import`";

    /// <summary>Initializes a new instance of the <see cref="SessionDecryptException"/> class.</summary>
    public SessionDecryptException()
        : base(Reason)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SessionDecryptException"/> class for the file at <paramref name="path"/>.</summary>
    public SessionDecryptException(string path)
        : base($"{path}: {Reason}")
    {
        FilePath = path;
    }

    /// <summary>Initializes a new instance of the <see cref="SessionDecryptException"/> class.</summary>
    public SessionDecryptException(string path, Exception innerException)
        : base($"{path}: {Reason}", innerException)
    {
        FilePath = path;
    }

    /// <summary>Gets the session file that did not decrypt.</summary>
    public string? FilePath { get; }
}
