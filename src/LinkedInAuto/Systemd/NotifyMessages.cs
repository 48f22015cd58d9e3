using System.Globalization;
using Microsoft.Extensions.Hosting.Systemd;

namespace LinkedInAuto.Systemd;

/// <summary>The notifications Microsoft.Extensions.Hosting.Systemd has no ready-made value for, as its <see cref="ServiceState"/>.</summary>
public static class NotifyMessages
{
    /// <summary>Longest status text we send; keeps any combined datagram far below <see cref="SystemdProtocol.NotifyBufferMax"/>.</summary>
    public const int MaxStatusLength = 1024;

    /// <summary>Gets <c>WATCHDOG=1</c>: keep-alive ping.</summary>
    public static ServiceState Watchdog { get; } = new(SystemdProtocol.Watchdog);

    /// <summary><c>RELOADING=1</c> plus <c>MONOTONIC_USEC=</c> stamped now from CLOCK_MONOTONIC.</summary>
    public static ServiceState Reloading() => Reloading(MonotonicClock.GetMicroseconds());

    /// <summary><c>RELOADING=1</c> plus <c>MONOTONIC_USEC=<paramref name="monotonicUsec"/></c> (Type=notify-reload, systemd ≥ 253).</summary>
    public static ServiceState Reloading(ulong monotonicUsec) => new(
        SystemdProtocol.Reloading + "\n" + SystemdProtocol.MonotonicUsecPrefix + monotonicUsec.ToString(CultureInfo.InvariantCulture));

    /// <summary><c>STATUS=</c> with <paramref name="text"/> normalised by <see cref="NormalizeStatus"/>.</summary>
    public static ServiceState Status(string text) => new(SystemdProtocol.StatusPrefix + NormalizeStatus(text));

    /// <summary>Joins several states into one datagram's worth of assignments, e.g. <c>READY=1\nSTATUS=Idle</c>.</summary>
    public static ServiceState Combine(params ReadOnlySpan<ServiceState> states)
    {
        var parts = new List<string>(states.Length);
        foreach (var state in states)
        {
            var text = state.ToString();
            if (!string.IsNullOrEmpty(text))
            {
                parts.Add(text);
            }
        }

        return new ServiceState(string.Join('\n', parts));
    }

    /// <summary>Makes <paramref name="text"/> one trimmed line of at most <see cref="MaxStatusLength"/> characters.</summary>
    /// <remarks>
    /// sd_notify(3) asks for a single line; the manager splits the datagram on both <c>\n</c> and <c>\r</c>, so
    /// either would start a new (bogus) assignment. Line breaks become spaces.
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
}
