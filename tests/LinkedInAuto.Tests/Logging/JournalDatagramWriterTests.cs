using System.Globalization;
using System.Text;
using LinkedInAuto.Logging;
using LinkedInAuto.Tests.Systemd;

namespace LinkedInAuto.Tests.Logging;

public sealed class JournalDatagramWriterTests
{
    [Fact]
    public async Task Send_TextAndBinaryForms_ExactBytes()
    {
        await using var listener = NotifySocketListener.BindPath();
        using var writer = new JournalDatagramWriter(listener.SocketPath!, new StringWriter());

        var result = writer.Send(new JournalEntry().Add("FOO", "BAR").Add("MULTI", "a\nb").Add("EMPTY", string.Empty));

        Assert.Equal(JournalSendResult.Success, result);
        var datagram = await listener.WaitForAsync(_ => true);
        byte[] expected = [.. "FOO=BAR\nMULTI\n"u8, 3, 0, 0, 0, 0, 0, 0, 0, .. "a\nb\nEMPTY=\n"u8];
        Assert.Equal(expected, datagram.Bytes);
    }

    [Fact]
    public async Task Send_InvalidFieldName_IsSanitised()
    {
        await using var listener = NotifySocketListener.BindPath();
        using var writer = new JournalDatagramWriter(listener.SocketPath!, new StringWriter());

        writer.Send(new JournalEntry().Add("_pid", "1"));

        var datagram = await listener.WaitForAsync(_ => true);
        Assert.Equal("XPID=1\n"u8.ToArray(), datagram.Bytes);
    }

    [Fact]
    public void Send_JournaldNotRunning_SucceedsSilently()
    {
        var stderr = new StringWriter();
        using var writer = new JournalDatagramWriter("/tmp/lia-missing-" + Guid.NewGuid().ToString("N")[..8] + "/socket", stderr);

        var result = writer.Send(new JournalEntry().Add("MESSAGE", "hello").Add("PRIORITY", "6"));

        Assert.Equal(JournalSendResult.Success, result); // ENOENT, as libsystemd: dropped without error
        Assert.Empty(stderr.ToString());
    }

    [Fact]
    public void Send_NothingListening_FailsAndFallsBackToStderrReportingOnce()
    {
        var directory = Directory.CreateTempSubdirectory("lia-");
        try
        {
            var path = Path.Combine(directory.FullName, "socket");
            File.WriteAllText(path, string.Empty); // exists, but nobody listens: ECONNREFUSED
            var stderr = new StringWriter();
            using var writer = new JournalDatagramWriter(path, stderr);

            var first = writer.Send(new JournalEntry().Add("MESSAGE", "first\nline").Add("PRIORITY", "3"));
            var second = writer.Send(new JournalEntry().Add("MESSAGE", "second").Add("PRIORITY", "4"));

            Assert.Equal(JournalSendResult.Failed, first);
            Assert.Equal(JournalSendResult.Failed, second);
            var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(3, lines.Length);
            Assert.StartsWith("<3>Cannot write to the journal", lines[0], StringComparison.Ordinal);
            Assert.Equal("<3>first line", lines[1]);
            Assert.Equal("<4>second", lines[2]);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Send_OversizeValues_TruncatedOnUtf8BoundaryAndDelivered()
    {
        await using var listener = NotifySocketListener.BindPath();
        using var writer = new JournalDatagramWriter(listener.SocketPath!, new StringWriter());
        var huge = string.Concat(Enumerable.Repeat("é🙂x", 400_000)); // ~3 MB of multi-byte text

        var result = writer.Send(new JournalEntry()
            .Add("MESSAGE", huge)
            .Add("PRIORITY", "6")
            .Add("A", huge).Add("B", huge).Add("C", huge).Add("D", huge).Add("E", huge));

        Assert.Equal(JournalSendResult.Success, result);
        var datagram = await listener.WaitForAsync(_ => true);
        Assert.True(datagram.Bytes.Length <= JournalDatagramWriter.DefaultMaxEntryBytes, $"{datagram.Bytes.Length} bytes");
        var fields = JournalEntryParser.Parse(datagram.Bytes); // strict UTF-8 decoding below
        var message = fields.Text("MESSAGE");
        Assert.True(Encoding.UTF8.GetByteCount(message) <= JournalDatagramWriter.DefaultMaxFieldBytes);
        Assert.StartsWith("é🙂xé🙂x", message, StringComparison.Ordinal);
        Assert.EndsWith($"… [truncated, {Encoding.UTF8.GetByteCount(huge)} bytes in total]", message, StringComparison.Ordinal);
        Assert.Equal("6", fields.Text("PRIORITY"));
        Assert.All(fields.Where(f => f.Name.Length == 1), f => Assert.Contains("[truncated", f.Text, StringComparison.Ordinal));
        var cut = int.Parse(fields.Text("TRUNCATED_FIELDS"), CultureInfo.InvariantCulture);
        Assert.Equal(6, cut); // MESSAGE and A–E were cut or dropped, PRIORITY was not
    }

    [Fact]
    public void Send_KernelRejectsSize_FallsBackToPrefixedStderrLine()
    {
        // Lift our own caps so the kernel's limit (SO_SNDBUF, at most 2 × wmem_max) is what rejects the entry.
        var wmemMax = long.Parse(File.ReadAllText("/proc/sys/net/core/wmem_max").Trim(), CultureInfo.InvariantCulture);
        var size = checked((int)((2 * wmemMax) + (1024 * 1024)));
        var directory = Directory.CreateTempSubdirectory("lia-");
        var stderr = new StringWriter();
        try
        {
            using var socket = new System.Net.Sockets.Socket(
                System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Dgram, System.Net.Sockets.ProtocolType.Unspecified);
            var path = Path.Combine(directory.FullName, "socket");
            socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(path));
            using var writer = new JournalDatagramWriter(path, stderr, maxFieldBytes: size, maxEntryBytes: size + 4096);

            var result = writer.Send(new JournalEntry()
                .Add("MESSAGE", "huge entry\nsecond line").Add("PRIORITY", "4").Add("BLOB", new string('z', size - 100)));

            Assert.Equal(JournalSendResult.TooLarge, result);
            Assert.EndsWith("<4>huge entry second line\n", stderr.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Encode_CutInsideMultiByteCharacter_BacksOffToBoundary()
    {
        var value = new string('a', 100) + string.Concat(Enumerable.Repeat("🙂", 100));

        for (var limit = 130; limit < 160; limit++)
        {
            var bytes = JournalSerializer.Encode(value, limit, out var truncated);

            Assert.True(truncated);
            Assert.True(bytes.Length <= limit, $"limit {limit}: {bytes.Length} bytes");
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            Assert.Contains("[truncated, 500 bytes in total]", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Send_AfterDispose_NotAvailable()
    {
        var writer = new JournalDatagramWriter("/run/systemd/journal/socket", new StringWriter());
        writer.Dispose();

        Assert.Equal(JournalSendResult.NotAvailable, writer.Send(new JournalEntry().Add("MESSAGE", "late")));
    }
}
