using System.CommandLine;
using LinkedInAuto.SystemBus;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using LinkedInAuto.Configuration;
using LinkedInAuto.Doctor;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInAuto.Cli;

/// <summary>`doctor [--json] [--strict]`: checks the machine, the config, the browser, the files and the service, with a fix for each problem.</summary>
public static class DoctorCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var json = new Option<bool>("--json") { Description = "Print the results as one JSON array of {name, status, detail, hint}" };
        var strict = new Option<bool>("--strict") { Description = "Exit 1 on warnings too" };
        var command = new Command(
            "doctor",
            "Check the machine, the config, Chromium, the state directory, the database, the session and the service: PASS, WARN or FAIL " +
            "with a fix for each (exit 1 on FAIL, or on WARN with --strict)")
        {
            json,
            strict,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = GlobalOptions.ResolveConfigPath(parseResult);
            var (config, errors) = DoctorContext.LoadConfig(path);

            // Same resolution as the auth commands, so in-process tests can point it at temporary directories.
            var directories = AppDirectories.FromEnvironment(AuthTerminal.Current.GetVariable);
            var bus = new SystemFacts(AuthTerminal.Current.GetVariable("DBUS_SYSTEM_BUS_ADDRESS"), Microsoft.Extensions.Logging.Abstractions.NullLogger<SystemFacts>.Instance);
            var probe = new SystemProbe(bus);
            var context = new DoctorContext(path, config, errors, directories, ServiceAccount.Resolve(probe));
            await using var services = new CliContext(new ConfigStore(path, config), directories, console).BuildServices(s => s.AddDoctor(context, probe));
            var results = await services.GetRequiredService<DoctorRunner>().RunAsync(cancellationToken);
            if (parseResult.GetValue(json))
            {
                await console.Out.WriteLineAsync(JsonSerializer.Serialize(results, DoctorJsonContext.Relaxed.IReadOnlyListDoctorResult));
            }
            else
            {
                await PrintAsync(console, results);
            }

            return DoctorRunner.ExitCode(results, parseResult.GetValue(strict));
        });
        return command;
    }

    // "FAIL  session    li_at expired: … → sign in…", continuation lines (config errors) indented under the detail.
    private static async Task PrintAsync(CliConsole console, IReadOnlyList<DoctorResult> results)
    {
        var width = results.Max(r => r.Name.Length) + 2;
        foreach (var result in results)
        {
            var lines = result.Detail.Split('\n');
            var hint = result.Hint is null ? string.Empty : " → " + result.Hint;
            await console.Out.WriteLineAsync($"{Label(result.Status),-6}{result.Name.PadRight(width)}{lines[0]}{hint}");
            foreach (var line in lines.Skip(1))
            {
                await console.Out.WriteLineAsync(new string(' ', 6 + width) + line);
            }
        }

        var counts = Enum.GetValues<DoctorStatus>().Select(s => $"{results.Count(r => r.Status == s)} {Label(s).ToLowerInvariant()}");
        await console.Out.WriteLineAsync($"{results.Count} checks: {string.Join(", ", counts)}");
    }

    private static string Label(DoctorStatus status) => status switch
    {
        DoctorStatus.Pass => "PASS",
        DoctorStatus.Warn => "WARN",
        _ => "FAIL",
    };
}

/// <summary>JSON of `doctor --json`: snake_case names, statuses as `pass`, `warn`, `fail`.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    Converters = [typeof(SnakeCaseEnumConverter<DoctorStatus>)])]
[JsonSerializable(typeof(IReadOnlyList<DoctorResult>))]
internal sealed partial class DoctorJsonContext : JsonSerializerContext
{
    private static DoctorJsonContext? s_relaxed;

    /// <summary>Gets the context with backticks, quotes and `+` left as they are: the output goes to terminals and jq, never into HTML.</summary>
    /// <remarks>Built on first use: static initialisers of the two halves of this partial class run in no defined order.</remarks>
    public static DoctorJsonContext Relaxed => s_relaxed ??= new(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
