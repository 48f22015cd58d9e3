using System.Globalization;
using LinkedInAuto.Browser;

namespace BrowserMemory;

/// <summary>Samples the PSS of this process and of a browser's processes, by process kind, keeping the peaks.</summary>
internal sealed class TreeSampler(Func<IEnumerable<int>> browserPids)
{
    private readonly Dictionary<string, long> _peakByKind = [];

    internal long PeakTotalKb { get; private set; }

    internal IReadOnlyDictionary<string, long> PeakByKindKb => _peakByKind;

    internal void Sample()
    {
        var byKind = new Dictionary<string, long>();
        foreach (var pid in browserPids().Append(Environment.ProcessId).Distinct())
        {
            if (ProcessTree.TryRead(pid) is { } process && PssKb(pid) is { } pss)
            {
                var kind = pid == Environment.ProcessId ? "daemon (.NET)" : Kind(process);
                byKind[kind] = byKind.GetValueOrDefault(kind) + pss;
            }
        }

        PeakTotalKb = Math.Max(PeakTotalKb, byKind.Values.Sum());
        foreach (var (kind, kb) in byKind)
        {
            _peakByKind[kind] = Math.Max(_peakByKind.GetValueOrDefault(kind), kb);
        }
    }

    private static string Kind(ProcessInfo process)
    {
        var line = process.CommandLine;
        return line switch
        {
            _ when process.HasArgument("run-driver") => "driver (node)",
            _ when process.Executable.EndsWith("chrome_crashpad_handler", StringComparison.Ordinal) => "chromium crashpad",
            _ when line.Contains("--type=renderer", StringComparison.Ordinal) => "chromium renderers",
            _ when line.Contains("--type=gpu-process", StringComparison.Ordinal) => "chromium gpu",
            _ when line.Contains("--type=utility", StringComparison.Ordinal) => "chromium utilities",
            _ when line.Contains("--type=zygote", StringComparison.Ordinal) => "chromium zygotes",
            _ => "chromium browser",
        };
    }

    private static long? PssKb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/smaps_rollup").FirstOrDefault(l => l.StartsWith("Pss:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
