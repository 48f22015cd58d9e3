using LinkedInAuto.Cli;

return await CliApplication.RunAsync(args, (startup, cancellationToken) => Task.FromResult(ExitCodes.Ok));
