using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace LinkedInAuto.Browser;

/// <summary>The version of the installed Chromium binary (`156.0.8078.114`), read from the binary itself, never assumed.</summary>
/// <param name="Major">The major version.</param>
/// <param name="Full">The four-part version.</param>
public sealed partial record ChromiumVersion(int Major, string Full)
{
    private static readonly ConcurrentDictionary<(string Path, DateTime Modified), ChromiumVersion> s_cache = new();

    /// <summary>Parses a version out of text such as `Chromium 156.0.8078.114` or `HeadlessChrome/156.0.8078.114`.</summary>
    public static ChromiumVersion? Parse(string? text) =>
        Version().Match(text ?? string.Empty) is { Success: true } match
            ? new ChromiumVersion(int.Parse(match.Groups["major"].Value, NumberStyles.None, CultureInfo.InvariantCulture), match.Value)
            : null;

    /// <summary>Reads the version of <paramref name="executable"/> by running it with `--version` (cached while the file is unchanged); null when it cannot be read.</summary>
    /// <param name="executable">The binary.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<ChromiumVersion?> ReadAsync(string executable, CancellationToken cancellationToken)
    {
        DateTime modified;
        try
        {
            modified = File.GetLastWriteTimeUtc(executable);
        }
        catch (IOException)
        {
            return null;
        }

        if (s_cache.TryGetValue((executable, modified), out var cached))
        {
            return cached;
        }

        var version = await RunAsync(executable, cancellationToken);
        if (version is not null)
        {
            s_cache[(executable, modified)] = version;
        }

        return version;
    }

    private static async Task<ChromiumVersion?> RunAsync(string executable, CancellationToken cancellationToken)
    {
        try
        {
            var info = new ProcessStartInfo(executable, "--version") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var process = Process.Start(info);
            if (process is null)
            {
                return null;
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(20));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                PlaywrightCalls.Observe(output);
                PlaywrightCalls.Observe(errors);
                return null;
            }

            await errors;
            return Parse(await output);
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            return null;
        }
    }

    [GeneratedRegex("(?<major>[0-9]{2,4})\\.[0-9]+\\.[0-9]+\\.[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Version();
}
