using LinkedInAuto.Demo;

// Usage: LinkedInAuto.Demo <path of the linkedin-auto executable> <repository root>
if (args.Length != 2)
{
    await Console.Error.WriteLineAsync("usage: LinkedInAuto.Demo LINKEDIN_AUTO_EXE REPOSITORY_ROOT");
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
return await DemoRunner.RunAsync(args[0], args[1], Console.Out, stop.Token);
