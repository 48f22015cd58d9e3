// Benchmark, not a test: time from exec to READY=1 on the notify socket, for the product's daemon and for the
// reference host (bench/ReferenceHost), each pair published one way (RID, with or without ReadyToRun). Every start
// after one untimed warm-up reuses its state directory (a restart: the database exists, the files are in the page
// cache); the two programs of a pair start in turn, so a load from elsewhere falls on both.
// Usage (bench/ready-time.sh builds the inputs): ReadyTime --repo DIR [--runs N] --pair "LABEL|PRODUCT|REFERENCE"...
using System.Globalization;
using ReadyTime;

var repo = Argument(args, "--repo") ?? throw new ArgumentException("--repo DIR is required");
var runs = int.Parse(Argument(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
var pairs = args.Select((a, i) => (a, i)).Where(x => x.a == "--pair" && x.i + 1 < args.Length)
    .Select(x => x.i + 1 < args.Length ? args[x.i + 1].Split('|') : []).Where(p => p.Length == 3).ToArray();
if (pairs.Length == 0)
{
    await Console.Error.WriteLineAsync("ReadyTime: no --pair \"LABEL|PRODUCT|REFERENCE\" given");
    return 2;
}

Console.WriteLine($"Time from exec to READY=1, median of {runs} starts after one warm-up ({Environment.ProcessorCount} CPUs, load {LoadAverage()}).");
var results = new List<(string Label, Timing Product, Timing Reference)>();
var unclean = new List<string>();
foreach (var pair in pairs)
{
    using var product = new DaemonUnderTest(pair[1], ["daemon", "--log-format", "json"], repo);
    using var reference = new DaemonUnderTest(pair[2], [], repo: null);
    await Console.Error.WriteAsync($"{pair[0]}: warm-up");
    await product.StartOnceAsync();
    await reference.StartOnceAsync();
    var productTimes = new List<double>();
    var referenceTimes = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        await Console.Error.WriteAsync($", run {i + 1}");
        productTimes.Add(await product.StartOnceAsync());
        referenceTimes.Add(await reference.StartOnceAsync());
    }

    await Console.Error.WriteLineAsync();
    results.Add((pair[0], new Timing(productTimes), new Timing(referenceTimes)));
    unclean.AddRange(product.UncleanStops.Concat(reference.UncleanStops));
}

Report.Print(results);
foreach (var line in unclean)
{
    Console.WriteLine("note: " + line);
}

Console.WriteLine($"(load at the end: {LoadAverage()})");
return 0;

static string? Argument(string[] args, string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
