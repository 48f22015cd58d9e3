using System.Globalization;

namespace ReadyTime;

/// <summary>The table: medians (min–max), product/reference ratios, and what ReadyToRun gains per RID.</summary>
internal static class Report
{
    private const string ReadyToRunSuffix = ", ReadyToRun";
    private const string JitSuffix = ", JIT only";

    public static void Print(IReadOnlyList<(string Label, Timing Product, Timing Reference)> results)
    {
        var width = Math.Max(10, results.Max(r => r.Label.Length));
        Console.WriteLine();
        Console.WriteLine($"{string.Empty.PadRight(width)}  {"linkedin-auto",-22}  {"reference host",-22}  linkedin-auto / reference");
        foreach (var (label, product, reference) in results)
        {
            Console.WriteLine($"{label.PadRight(width)}  {Cell(product),-22}  {Cell(reference),-22}  {Ratio(product.Median, reference.Median)}");
        }

        // ReadyToRun's gain: the JIT-only median over the ReadyToRun one, for every label that has both.
        foreach (var (label, r2rProduct, r2rReference) in results.Where(r => r.Label.EndsWith(ReadyToRunSuffix, StringComparison.Ordinal)))
        {
            var stem = label[..^ReadyToRunSuffix.Length];
            var jit = results.FirstOrDefault(r => r.Label == stem + JitSuffix);
            if (jit.Label is not null)
            {
                Console.WriteLine($"ReadyToRun speed-up on {stem} (JIT only / ReadyToRun): linkedin-auto {Ratio(jit.Product.Median, r2rProduct.Median)}, reference host {Ratio(jit.Reference.Median, r2rReference.Median)}");
            }
        }
    }

    private static string Cell(Timing t) =>
        string.Create(CultureInfo.InvariantCulture, $"{t.Median:F2} s ({t.Min:F2}–{t.Max:F2})");

    private static string Ratio(double a, double b) => string.Create(CultureInfo.InvariantCulture, $"{a / b:F2}×");
}
