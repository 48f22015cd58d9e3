using System.Diagnostics;

namespace LinkedInAuto.Tests.SystemBus;

/// <summary>A real <c>dbus-daemon</c> (Debian's `dbus`) on a socket of its own, open to everyone, for the length of a test.</summary>
internal sealed class PrivateBus : IAsyncDisposable
{
    private readonly Process _daemon;
    private readonly TempDirectory _directory;

    private PrivateBus(Process daemon, TempDirectory directory, string address)
    {
        _daemon = daemon;
        _directory = directory;
        Address = address;
    }

    /// <summary>Gets the bus address, e.g. <c>unix:path=/tmp/…/bus,guid=…</c>.</summary>
    public string Address { get; }

    /// <summary>Starts the daemon and waits for it to print its address (it listens by then).</summary>
    public static async Task<PrivateBus> StartAsync()
    {
        var directory = new TempDirectory();
        var config = directory.File("bus.conf");
        await File.WriteAllTextAsync(config, $"""
            <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
             "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
            <busconfig>
              <type>custom</type>
              <listen>unix:path={directory.File("bus")}</listen>
              <auth>EXTERNAL</auth>
              <policy context="default">
                <allow user="*"/>
                <allow own="*"/>
                <allow send_destination="*"/>
                <allow receive_sender="*"/>
              </policy>
            </busconfig>
            """);
        var start = new ProcessStartInfo("dbus-daemon") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--config-file=" + config, "--nofork", "--nopidfile", "--print-address=1" })
        {
            start.ArgumentList.Add(argument);
        }

        var daemon = Process.Start(start) ?? throw new InvalidOperationException("dbus-daemon did not start");
        var address = await daemon.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        if (string.IsNullOrEmpty(address))
        {
            throw new InvalidOperationException("dbus-daemon printed no address: " + await daemon.StandardError.ReadToEndAsync());
        }

        return new PrivateBus(daemon, directory, address.Trim());
    }

    public async ValueTask DisposeAsync()
    {
        if (!_daemon.HasExited)
        {
            _daemon.Kill();
            await _daemon.WaitForExitAsync();
        }

        _daemon.Dispose();
        _directory.Dispose();
    }
}
