using System.Buffers.Binary;
using System.Text;

namespace LinkedInAuto.Tests.Logging;

/// <summary>One field of a native-protocol journal datagram.</summary>
public sealed record JournalField(string Name, byte[] Value, bool IsBinary)
{
    public string Text => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Value);
}

/// <summary>Parses datagrams the way journald does (JOURNAL_NATIVE_PROTOCOL.md), strictly: any framing error fails the test.</summary>
public static class JournalEntryParser
{
    public static IReadOnlyList<JournalField> Parse(byte[] datagram)
    {
        ArgumentNullException.ThrowIfNull(datagram);
        var fields = new List<JournalField>();
        var position = 0;
        while (position < datagram.Length)
        {
            var end = Array.IndexOf(datagram, (byte)'\n', position);
            Assert.True(end >= 0, "field without terminating newline");
            var equals = Array.IndexOf(datagram, (byte)'=', position, end - position);
            if (equals >= 0)
            {
                fields.Add(new JournalField(Ascii(datagram, position, equals), datagram[(equals + 1)..end], false));
                position = end + 1;
                continue;
            }

            // Binary form: NAME\n, little-endian uint64 length, bytes, \n.
            var name = Ascii(datagram, position, end);
            var length = checked((int)BinaryPrimitives.ReadUInt64LittleEndian(datagram.AsSpan(end + 1, 8)));
            var start = end + 1 + 8;
            fields.Add(new JournalField(name, datagram[start..(start + length)], true));
            Assert.Equal((byte)'\n', datagram[start + length]);
            position = start + length + 1;
        }

        return fields;
    }

    public static string Text(this IReadOnlyList<JournalField> fields, string name) =>
        Assert.Single(fields, f => f.Name == name).Text;

    private static string Ascii(byte[] bytes, int from, int to)
    {
        var name = Encoding.ASCII.GetString(bytes, from, to - from);
        Assert.Matches("^[A-Z][A-Z0-9_]{0,63}$", name);
        return name;
    }
}
