namespace ReadyTime;

/// <summary>The seconds to READY=1 of several starts of one program.</summary>
internal sealed class Timing(IReadOnlyList<double> seconds)
{
    public double Median { get; } = MedianOf(seconds);

    public double Min { get; } = seconds.Min();

    public double Max { get; } = seconds.Max();

    private static double MedianOf(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
