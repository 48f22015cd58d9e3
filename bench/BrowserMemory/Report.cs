namespace BrowserMemory;

/// <summary>Prints one measurement: the peak per process kind, the peak total, and a FIGURE line for bench/run-all.sh.</summary>
internal static class Report
{
    internal static void Print(string name, string title, TreeSampler sampler)
    {
        Console.WriteLine();
        Console.WriteLine(title);
        foreach (var (kind, kb) in sampler.PeakByKindKb.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {kind,-22} {kb / 1024.0,8:F1}");
        }

        Console.WriteLine($"  {"total (peak sample)",-22} {sampler.PeakTotalKb / 1024.0,8:F1}");
        Console.WriteLine(FormattableString.Invariant($"FIGURE browser-{name} {sampler.PeakTotalKb / 1024.0:F1}"));
    }
}
