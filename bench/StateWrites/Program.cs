// Benchmark, not a test: prints the bytes the product writes to the file system holding STATE_DIRECTORY during
// birthday runs (first run with migrations, a run with nothing to send, a run with N wishes) and the bytes of its
// JSON log output. bench/state-writes.sh mounts that file system (ext4 on a loop device) and passes its counter.
// Usage: StateWrites EXE STATE_DIR LIFETIME_WRITE_KBYTES_FILE WORK_DIR REPO_ROOT [--wishes N]
using System.Globalization;
using StateWrites;

if (args.Length < 5)
{
    await Console.Error.WriteLineAsync("usage: StateWrites EXE STATE_DIR LIFETIME_WRITE_KBYTES WORK_DIR REPO_ROOT [--wishes N]");
    return 2;
}

var wishes = args.Length > 6 && args[5] == "--wishes" ? int.Parse(args[6], CultureInfo.InvariantCulture) : 8;
var product = new ProductRuns(args[0], args[1], args[3], args[4]);
var counter = new WriteCounter(args[2], args[1]);

var first = await counter.MeasureAsync(() => product.RunBirthdayAsync(people: 0, prefix: "first"));
var empty = await counter.MeasureAsync(() => product.RunBirthdayAsync(people: 0, prefix: "empty"));
var full = await counter.MeasureAsync(() => product.RunBirthdayAsync(people: wishes, prefix: "wish"));

var perWish = (full.Kb - empty.Kb) / (double)wishes;
Console.WriteLine(FormattableString.Invariant($"first run (creates the history, nothing to send): {first.Kb} KB written, log {first.Result.LogBytes} B"));
Console.WriteLine(FormattableString.Invariant($"run with nothing to send: {empty.Kb} KB written, log {empty.Result.LogBytes} B"));
Console.WriteLine(FormattableString.Invariant($"run with {full.Result.Sent} wishes: {full.Kb} KB written, log {full.Result.LogBytes} B"));
Console.WriteLine(FormattableString.Invariant($"fixed per run: {empty.Kb} KB; per wish: {perWish:F1} KB; log per {wishes}-wish run: {full.Result.LogBytes} B"));
Console.WriteLine(FormattableString.Invariant($"FIGURES fixed_kb={empty.Kb} per_wish_kb={perWish:F1} first_kb={first.Kb} log_bytes={full.Result.LogBytes} sent={full.Result.Sent}"));
return full.Result.Sent == wishes ? 0 : 1;
