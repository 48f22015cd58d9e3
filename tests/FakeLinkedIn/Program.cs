using FakeLinkedIn;

// Standalone fake for the demo and for tests that start a separate process; prints its URL once listening.
StandaloneOptions options;
Scenario scenario;
try
{
    options = StandaloneOptions.Parse(args);
    scenario = Scenario.LoadFile(options.ScenarioPath);
    if (options.Markup is { } markup)
    {
        // As a scenario switch, so that a reset keeps it.
        scenario.Faults["markup"] = markup;
    }
}
catch (Exception e) when (e is ArgumentException or ScenarioException or IOException)
{
    await Console.Error.WriteLineAsync(e.Message);
    await Console.Error.WriteLineAsync(StandaloneOptions.Usage);
    return 2;
}

await using var server = await FakeLinkedInServer.StartAsync(scenario, new FakeServerOptions
{
    Port = options.Port,
    Today = options.Today,
    ConsoleLogLevel = options.Verbose ? LogLevel.Information : LogLevel.Warning,
});

// Scripts wait for this exact line; it is the program's only stdout output besides logs.
TextWriter stdout = Console.Out;
await stdout.WriteLineAsync($"FAKE_LINKEDIN_URL={server.BaseUrl.ToString().TrimEnd('/')}");
await stdout.FlushAsync();
await server.WaitForShutdownAsync();
return 0;
