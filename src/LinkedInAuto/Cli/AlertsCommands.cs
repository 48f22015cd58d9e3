using System.CommandLine;
using LinkedInAuto.Alerts;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInAuto.Cli;

/// <summary>`alerts test [--channel NAME]`: a test alert through each configured channel, reading config.yaml itself (the daemon may be down).</summary>
public static class AlertsCommands
{
    /// <summary>Creates the `alerts` command group.</summary>
    public static Command Create(CliConsole console) =>
        new("alerts", "Check the alert channels (e-mail, ntfy, Telegram, webhook)")
        {
            CreateTest(console),
        };

    private static Command CreateTest(CliConsole console)
    {
        var channel = new Option<string?>("--channel") { Description = "Test only this channel (its name under alerts: in config.yaml)", HelpName = "NAME" };
        var command = new Command("test", "Send a test alert through each configured channel and print, per channel, delivered or the error and what to check") { channel };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (CliHost.TryLoad(parseResult, console) is not { } context)
            {
                return ExitCodes.Failure;
            }

            var only = parseResult.GetValue(channel);
            var names = context.Config.Current.Alerts.Channels().Select(c => c.Key).ToList();
            if (names.Count == 0)
            {
                return console.Fail("no alert channel is configured: add one under `alerts:` in config.yaml (email, ntfy, telegram or webhook; see the comments there)");
            }

            if (only is not null && !names.Contains(only))
            {
                return console.Fail($"no alert channel is named '{only}': configured channels are {string.Join(", ", names)}");
            }

            await using var services = context.BuildServices(s => s.AddAlertChannels());
            var results = await services.GetRequiredService<AlertTester>().RunAsync(only, cancellationToken);
            foreach (var result in results)
            {
                if (result.Delivered)
                {
                    await console.Out.WriteLineAsync($"{result.Channel} ({result.Kind}): delivered");
                }
                else
                {
                    await console.Out.WriteLineAsync($"{result.Channel} ({result.Kind}): FAILED: {result.Error}");
                    await console.Out.WriteLineAsync($"  check: {result.Hint}");
                }
            }

            return results.All(r => r.Delivered) ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }
}
