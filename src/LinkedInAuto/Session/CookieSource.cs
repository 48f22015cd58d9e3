using System.Text;

namespace LinkedInAuto.Session;

/// <summary>The text of a cookie export and the name that messages use for it (a file path, or "stdin").</summary>
public sealed record CookieSource(string Name, string Text)
{
    /// <summary>Exports are a few kilobytes; anything far larger is not one, and reading it whole would waste a Pi's memory.</summary>
    internal const long MaxBytes = 16 * 1024 * 1024;

    /// <summary>Reads a cookie file, turning every reason it cannot be used into a message naming the file.</summary>
    /// <exception cref="InvalidSessionException">The file is missing, a directory, unreadable, too large, binary or empty.</exception>
    public static async Task<CookieSource> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            throw new InvalidSessionException($"{path}: is a directory; {SessionFormats.Expected}");
        }

        byte[] bytes;
        try
        {
            if (!File.Exists(path))
            {
                throw new InvalidSessionException($"{path}: not found; export the cookies of www.linkedin.com to a file and pass its path");
            }

            bytes = await ReadBoundedAsync(path, cancellationToken)
                ?? throw new InvalidSessionException($"{path}: larger than {MaxBytes / (1024 * 1024)} MiB, far too large for a cookie export; {SessionFormats.Expected}");
        }
        catch (UnauthorizedAccessException)
        {
            throw new InvalidSessionException($"{path}: permission denied; make the file readable by the user running linkedin-auto");
        }
        catch (IOException ex)
        {
            throw new InvalidSessionException($"{path}: cannot be read ({ex.Message})");
        }

        return FromBytes(path, bytes);
    }

    /// <summary>Checks text read from a stream such as stdin.</summary>
    /// <exception cref="InvalidSessionException">The text is binary or empty.</exception>
    public static CookieSource FromText(string name, string text)
    {
        var bad = text.AsSpan().IndexOfAny('\0', '\uFFFD');
        if (bad >= 0)
        {
            throw new InvalidSessionException($"{name}: is not a text file (binary data at character {bad + 1}); {SessionFormats.Expected}");
        }

        return Checked(name, text);
    }

    /// <summary>Decodes file bytes as strict UTF-8.</summary>
    internal static CookieSource FromBytes(string name, byte[] bytes)
    {
        var nul = Array.IndexOf(bytes, (byte)0);
        string text;
        try
        {
            text = nul >= 0 ? throw new DecoderFallbackException() : new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var at = nul >= 0 ? nul : FirstInvalidUtf8(bytes);
            throw new InvalidSessionException($"{name}: is not a text file (binary data at byte {at + 1}); {SessionFormats.Expected}");
        }

        return Checked(name, text.TrimStart('\uFEFF'));
    }

    // Reads at most MaxBytes: the length on disk cannot be trusted for pipes and devices (/dev/stdin, /dev/zero).
    private static async Task<byte[]?> ReadBoundedAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 4096, useAsync: true);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }

        return buffer.ToArray();
    }

    private static CookieSource Checked(string name, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidSessionException($"{name}: is empty; {SessionFormats.Expected}");
        }

        return new CookieSource(name, text);
    }

    private static int FirstInvalidUtf8(byte[] bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? 0 : read;
    }
}
