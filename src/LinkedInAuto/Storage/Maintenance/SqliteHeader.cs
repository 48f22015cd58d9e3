using System.Buffers.Binary;

namespace LinkedInAuto.Storage.Maintenance;

/// <summary>The first 100 bytes of a SQLite file, read without SQLite so a damaged file can be described precisely.</summary>
/// <remarks>Layout: https://www.sqlite.org/fileformat.html#the_database_header.</remarks>
internal sealed class SqliteHeader
{
    /// <summary>The header's length in bytes.</summary>
    public const int Length = 100;

    private static readonly byte[] s_magic = "SQLite format 3\0"u8.ToArray();

    private SqliteHeader(int pageSize, long? pageCount)
    {
        PageSize = pageSize;
        PageCount = pageCount;
    }

    /// <summary>Gets the page size in bytes.</summary>
    public int PageSize { get; }

    /// <summary>Gets the page count the header vouches for, or null when the header's count is stale (legacy writers).</summary>
    public long? PageCount { get; }

    /// <summary>Reads the header; null when the file does not start like a SQLite database.</summary>
    public static SqliteHeader? TryRead(string path)
    {
        var bytes = new byte[Length];
        int read;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            read = stream.ReadAtLeast(bytes, Length, throwOnEndOfStream: false);
        }

        if (read < s_magic.Length || !bytes.AsSpan(0, s_magic.Length).SequenceEqual(s_magic))
        {
            return null;
        }

        if (read < Length)
        {
            return new SqliteHeader(0, null);
        }

        int pageSize = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(16));
        pageSize = pageSize == 1 ? 65536 : pageSize;
        var changeCounter = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(24));
        var pageCount = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(28));
        var validFor = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(92));

        // The in-header size is trustworthy only when "version-valid-for" matches the change counter (fileformat §1.3.7).
        return new SqliteHeader(pageSize, pageCount != 0 && validFor == changeCounter ? pageCount : null);
    }

    /// <summary>Gets a value indicating whether a file of <paramref name="fileLength"/> bytes is shorter than the header says.</summary>
    public bool IsTruncated(long fileLength) =>
        PageSize < 512 || fileLength < Length || fileLength % PageSize != 0 || (PageCount is { } count && fileLength < count * PageSize);
}
