using System.Globalization;
using System.Text;

namespace LinkedInAuto.Systemd;

/// <summary>One or more sd_notify(3) assignments, ready to be sent in a single datagram.</summary>
public readonly record struct ServiceState
{
    /// <summary>Longest status text we send; keeps any combined datagram far below <see cref="SystemdConstants.NotifyBufferMax"/>.</summary>
    public const int MaxStatusLength = 1024;

    private ServiceState(string value)
    {
        Value = value;
    }

    /// <summary>The assignments, newline-separated, without a trailing newline (sd_notify implies it).</summary>
    public string Value { get; }

    /// <summary><c>READY=1</c>: startup or reload finished.</summary>
    public static ServiceState Ready { get; } = new(SystemdConstants.Ready);

    /// <summary><c>STOPPING=1</c>: shutdown began.</summary>
    public static ServiceState Stopping { get; } = new(SystemdConstants.Stopping);

    /// <summary><c>WATCHDOG=1</c>: keep-alive ping.</summary>
    public static ServiceState Watchdog { get; } = new(SystemdConstants.Watchdog);

    /// <summary><c>RELOADING=1</c> plus <c>MONOTONIC_USEC=</c> stamped now from CLOCK_MONOTONIC.</summary>
    public static ServiceState Reloading() => Reloading(MonotonicClock.GetMicroseconds());

    /// <summary><c>RELOADING=1</c> plus <c>MONOTONIC_USEC=<paramref name="monotonicUsec"/></c> (Type=notify-reload, systemd ≥ 253).</summary>
    public static ServiceState Reloading(ulong monotonicUsec) => new(
        SystemdConstants.Reloading + "\n" + SystemdConstants.MonotonicUsecPrefix
        + monotonicUsec.ToString(CultureInfo.InvariantCulture));

    /// <summary><c>STATUS=</c> with <paramref name="text"/> normalised by <see cref="NormalizeStatus"/>.</summary>
    public static ServiceState Status(string text) => new(SystemdConstants.StatusPrefix + NormalizeStatus(text));

    /// <summary>Joins several states into one datagram's worth of assignments.</summary>
    public static ServiceState Combine(params ReadOnlySpan<ServiceState> states)
    {
        var builder = new StringBuilder();
        foreach (var state in states)
        {
            if (string.IsNullOrEmpty(state.Value))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append(state.Value);
        }

        return new ServiceState(builder.ToString());
    }

    /// <summary>Makes <paramref name="text"/> one trimmed line of at most <see cref="MaxStatusLength"/> characters.</summary>
    /// <remarks>
    /// sd_notify(3) asks for a single line; the manager splits the datagram on both <c>\n</c> and <c>\r</c>, so
    /// either would start a new (bogus) assignment. Line breaks become spaces, as runtime's console formatter does.
    /// </remarks>
    public static string NormalizeStatus(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var line = text.ReplaceLineEndings(" ").Replace('\r', ' ').Replace('\n', ' ').Trim();
        if (line.Length <= MaxStatusLength)
        {
            return line;
        }

        var cut = MaxStatusLength - 1;
        if (char.IsHighSurrogate(line[cut - 1]))
        {
            cut--; // never split a surrogate pair
        }

        return string.Concat(line.AsSpan(0, cut), "…");
    }

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;
}
