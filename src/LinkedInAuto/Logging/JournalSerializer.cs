using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace LinkedInAuto.Logging;

/// <summary>Serialises journal entries for the native protocol, capping field and entry sizes.</summary>
/// <remarks>
/// JOURNAL_NATIVE_PROTOCOL.md: text form <c>KEY=VALUE\n</c> when the value has no newline (readable in strace);
/// otherwise binary form <c>KEY\n</c>, the length as unaligned little-endian uint64, the bytes, <c>\n</c>.
/// Instead of libsystemd's memfd fallback we keep every entry well below the socket send buffer: each value is
/// cut at <see cref="MaxFieldBytes"/> on a UTF-8 boundary and marked; fields that no longer fit the entry budget
/// are dropped; <c>TRUNCATED_FIELDS=n</c> then says how many fields were cut or dropped.
/// </remarks>
internal sealed class JournalSerializer
{
    /// <summary>Name of the field that counts cut or dropped fields.</summary>
    public const string TruncatedFieldsName = "TRUNCATED_FIELDS";

    private const int ReservedBytes = 64; // room for TRUNCATED_FIELDS=n at the end
    private const int MinUsefulValueBytes = 64;
    private const int MaxFields = 1000; // journald keeps at most 1024 (ENTRY_FIELD_COUNT_MAX)

    public JournalSerializer(int maxFieldBytes, int maxEntryBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFieldBytes, MinUsefulValueBytes * 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEntryBytes, maxFieldBytes);
        MaxFieldBytes = maxFieldBytes;
        MaxEntryBytes = maxEntryBytes;
    }

    /// <summary>Largest value, in bytes, written for one field.</summary>
    public int MaxFieldBytes { get; }

    /// <summary>Largest datagram produced.</summary>
    public int MaxEntryBytes { get; }

    /// <summary>Serialises <paramref name="entry"/> into one datagram payload.</summary>
    public byte[] Serialize(JournalEntry entry)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        var budget = MaxEntryBytes - ReservedBytes;
        var cut = 0;
        var written = 0;
        foreach (var (name, value) in entry.Fields)
        {
            if (written == MaxFields)
            {
                cut++;
                continue;
            }

            var overhead = name.Length + 10; // binary form: name, \n, 8-byte length, \n
            var limit = Math.Min(MaxFieldBytes, budget - buffer.WrittenCount - overhead);
            if (limit < MinUsefulValueBytes)
            {
                cut++;
                continue;
            }

            var bytes = Encode(value, limit, out var truncated);
            cut += truncated ? 1 : 0;
            WriteField(buffer, name, bytes);
            written++;
        }

        if (cut > 0)
        {
            WriteField(buffer, TruncatedFieldsName, Encoding.ASCII.GetBytes(cut.ToString(CultureInfo.InvariantCulture)));
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>UTF-8 bytes of <paramref name="value"/>, cut to at most <paramref name="limit"/> bytes on a character boundary and marked.</summary>
    internal static byte[] Encode(string value, int limit, out bool truncated)
    {
        // Encode at most `limit` characters: never more bytes than needed to decide, even for a 100 MB string.
        var prefixLength = Math.Min(value.Length, limit);
        var bytes = Encoding.UTF8.GetBytes(value, 0, prefixLength);
        truncated = prefixLength < value.Length || bytes.Length > limit;
        if (!truncated)
        {
            return bytes;
        }

        var marker = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"… [truncated, {Encoding.UTF8.GetByteCount(value)} bytes in total]"));
        var keep = Math.Max(0, limit - marker.Length);
        while (keep > 0 && (bytes[keep] & 0xC0) == 0x80)
        {
            keep--; // bytes[keep] continues a multi-byte character: cut before that character starts
        }

        return [.. bytes.AsSpan(0, keep), .. marker];
    }

    private static void WriteField(ArrayBufferWriter<byte> buffer, string name, byte[] value)
    {
        Encoding.ASCII.GetBytes(name, buffer);
        if (Array.IndexOf(value, (byte)'\n') < 0)
        {
            buffer.Write("="u8);
            buffer.Write(value);
        }
        else
        {
            buffer.Write("\n"u8);
            BinaryPrimitives.WriteUInt64LittleEndian(buffer.GetSpan(8), (ulong)value.Length);
            buffer.Advance(8);
            buffer.Write(value);
        }

        buffer.Write("\n"u8);
    }
}
