// Benchmark, not a test: time from exec to READY=1 on the notify socket, for the product's daemon and for the
// reference host (bench/ReferenceHost), each pair published one way (RID, with or without ReadyToRun). Every start
// after two untimed warm-ups reuses its state directory (a restart: the database exists, the files are in the page
// cache, and the product's start-up JIT profile is kept: the first start creates the history, the second, ordinary
// one keeps the profile, as after installing and the next boot); all programs start in turn, one round after
// another, so a load from elsewhere falls on all of them.
// With --idle N, each program of the first pair is then started once more and its RSS and PSS read N seconds after
// READY=1 (the idle memory; the product reads its shipped config, the reference host has none).
// Usage (bench/ready-time.sh builds the inputs): ReadyTime --repo DIR [--runs N] [--idle N] --pair "LABEL|PRODUCT|REFERENCE"...
using System.Globalization;
using ReadyTime;

var repo = Argument(args, "--repo") ?? throw new ArgumentException("--repo DIR is required");
var runs = int.Parse(Argument(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
var idle = Argument(args, "--idle") is { } idleText ? TimeSpan.FromSeconds(int.Parse(idleText, CultureInfo.InvariantCulture)) : (TimeSpan?)null;
(IdleMemory Product, IdleMemory Reference)? idleMemory = null;
var pairs = args.Select((a, i) => (a, i)).Where(x => x.a == "--pair" && x.i + 1 < args.Length)
    .Select(x => x.i + 1 < args.Length ? args[x.i + 1].Split('|') : []).Where(p => p.Length == 3).ToArray();
if (pairs.Length == 0)
{
    await Console.Error.WriteLineAsync("ReadyTime: no --pair \"LABEL|PRODUCT|REFERENCE\" given");
    return 2;
}

Console.WriteLine($"Time from exec to READY=1, median of {runs} starts after two warm-ups ({Environment.ProcessorCount} CPUs, load {LoadAverage()}).");
var daemons = pairs.Select(p => (
    Label: p[0],
    Product: new DaemonUnderTest(p[1], ["daemon", "--log-format", "json"], repo),
    Reference: new DaemonUnderTest(p[2], [], repo: null),
    ProductTimes: new List<double>(),
    ReferenceTimes: new List<double>())).ToArray();
try
{
    // Round after round, every program once per round: a load that comes and goes falls on all of them alike, so
    // the ratios between pairs (ReadyToRun or not) hold as well as those within a pair.
    for (var round = -1; round <= runs; round++)
    {
        await Console.Error.WriteAsync(round <= 0 ? (round < 0 ? "warm-up" : ", warm-up") : $", run {round}");
        foreach (var daemon in daemons)
        {
            var product = await daemon.Product.StartOnceAsync();
            var reference = await daemon.Reference.StartOnceAsync();
            if (round > 0)
            {
                daemon.ProductTimes.Add(product);
                daemon.ReferenceTimes.Add(reference);
            }
        }
    }

    await Console.Error.WriteLineAsync();
    if (idle is { } settle)
    {
        // Both at once: the same wall-clock time, the same load.
        IdleMemory? product = null, reference = null;
        await Task.WhenAll(
            daemons[0].Product.StartOnceAsync(async pid => product = await IdleMemory.ReadAfterAsync(pid, settle)),
            daemons[0].Reference.StartOnceAsync(async pid => reference = await IdleMemory.ReadAfterAsync(pid, settle)));
        idleMemory = (product!, reference!);
    }
}
finally
{
    foreach (var daemon in daemons)
    {
        daemon.Product.Dispose();
        daemon.Reference.Dispose();
    }
}

var results = daemons.Select(d => (d.Label, new Timing(d.ProductTimes), new Timing(d.ReferenceTimes))).ToList();
var unclean = daemons.SelectMany(d => d.Product.UncleanStops.Concat(d.Reference.UncleanStops)).ToList();
Report.Print(results);
foreach (var line in unclean)
{
    Console.WriteLine("note: " + line);
}

if (idleMemory is var (idleProduct, idleReference))
{
    Console.WriteLine($"Idle memory {idle!.Value.TotalSeconds} s after READY=1 ({daemons[0].Label}): linkedin-auto {idleProduct.Cell}; reference host {idleReference.Cell}; PSS ratio {idleProduct.PssKb / (double)idleReference.PssKb:F2}×");
    Console.WriteLine(FormattableString.Invariant($"FIGURE idle-product {idleProduct.RssKb / 1024.0:F1} {idleProduct.PssKb / 1024.0:F1}"));
    Console.WriteLine(FormattableString.Invariant($"FIGURE idle-reference {idleReference.RssKb / 1024.0:F1} {idleReference.PssKb / 1024.0:F1}"));
}

foreach (var (label, product, reference) in results)
{
    Console.WriteLine(FormattableString.Invariant($"FIGURE ready {label.Replace(' ', '_')} {product.Median:F3} {reference.Median:F3}"));
}

Console.WriteLine($"(load at the end: {LoadAverage()})");
return 0;

static string? Argument(string[] args, string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
