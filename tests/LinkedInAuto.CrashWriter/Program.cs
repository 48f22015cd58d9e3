using System.Globalization;
using LinkedInAuto.CrashWriter;

// Usage: LinkedInAuto.CrashWriter <state-directory> [--seconds N] [--warm-up-from FILE]
//   Opens the history in <state-directory> the way the daemon does (guard, migrations, interrupted runs closed),
//   prints "ready", then writes wishes, visits, invitations and runs through the real stores in a loop. Each id is
//   printed only after the store call that committed it returned, so whatever was printed must be in the database,
//   however the process ends. --seconds N: stop cleanly after N seconds and print "done".
//   --warm-up-from FILE: first run the same start and one write cycle on a scratch copy of FILE next to the state
//   directory (so the runtime and EF Core are warm), print "warm", and touch the real database only after reading a
//   line from stdin; the crash test uses it to prepare the next writer while the current one still runs.
var stateDirectory = Path.GetFullPath(args[0]);
var secondsAt = Array.IndexOf(args, "--seconds");
var duration = secondsAt > 0 ? TimeSpan.FromSeconds(double.Parse(args[secondsAt + 1], CultureInfo.InvariantCulture)) : Timeout.InfiniteTimeSpan;

var warmUpAt = Array.IndexOf(args, "--warm-up-from");
if (warmUpAt > 0)
{
    var scratch = Path.Combine(Path.GetDirectoryName(stateDirectory)!, $"warm-up-{Environment.ProcessId}");
    Directory.CreateDirectory(scratch);
    File.Copy(args[warmUpAt + 1], Path.Combine(scratch, "linkedin-auto.db"));
    await using (var warmUp = await WriterHost.OpenAsync(scratch))
    {
        await warmUp.Writer.RunAsync(TextWriter.Null, new CancellationToken(canceled: true), cycles: 1, wishesPerRun: 1);
    }

    WriterHost.Delete(scratch);
    await Console.Out.WriteLineAsync("warm");
    await Console.In.ReadLineAsync();
}

await using var host = await WriterHost.OpenAsync(stateDirectory);
await Console.Out.WriteLineAsync("ready");
using var stop = new CancellationTokenSource(duration);
await host.Writer.RunAsync(Console.Out, stop.Token);
await Console.Out.WriteLineAsync("done");
return 0;
