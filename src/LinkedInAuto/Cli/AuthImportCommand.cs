using System.CommandLine;
using LinkedInAuto.Session;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInAuto.Cli;

/// <summary>`auth import FILE|-` and `auth import --li-at VALUE|-`.</summary>
internal static class AuthImportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "Cookie export: Playwright storage state, Cookie-Editor/EditThisCookie JSON or Netscape cookies.txt; - reads stdin",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format") { Description = "Format of FILE", HelpName = "FORMAT", DefaultValueFactory = _ => "auto" };
        format.AcceptOnlyFromAmong([.. SessionFormats.ImportNames]);
        var liAt = new Option<string?>("--li-at")
        {
            Description = "Import only the li_at cookie's value; - reads it from stdin (keeps it out of shell history and ps)",
            HelpName = "VALUE",
        };
        var command = new Command("import", "Store the LinkedIn session from a cookie export, encrypted; the previous session is replaced only if the new one is valid")
        {
            file, format, liAt,
        };
        command.Validators.Add(result =>
        {
            var hasFile = result.GetValue(file) is not null;
            var hasLiAt = result.GetValue(liAt) is not null;
            if (hasFile == hasLiAt)
            {
                result.AddError("give either FILE (a cookie export, - for stdin) or --li-at VALUE (- for stdin), not both or neither");
            }
            else if (hasLiAt && result.GetResult(format) is { Implicit: false })
            {
                result.AddError("--format applies to FILE, not to --li-at");
            }
        });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var services = AuthCommands.BuildServices(parseResult, console);
            if (services is null)
            {
                return ExitCodes.Failure;
            }

            var importer = services.GetRequiredService<SessionImporter>();
            var replacing = services.GetRequiredService<SessionStore>().Exists;
            var terminal = AuthTerminal.Current;
            SessionImportResult result;
            try
            {
                if (parseResult.GetValue(liAt) is { } value)
                {
                    if (value != "-")
                    {
                        await console.Error.WriteLineAsync("hint: a value on the command line stays in your shell history and is visible in `ps`; next time use `--li-at -` and paste it on stdin");
                    }

                    result = await importer.ImportLiAtAsync(value == "-" ? await ReadLiAtAsync(console, terminal, cancellationToken) : value, cancellationToken);
                }
                else
                {
                    var path = parseResult.GetValue(file)!;
                    if (path == "-" && terminal.IsInteractive)
                    {
                        await console.Error.WriteLineAsync("Paste the cookie export, then press Ctrl-D on an empty line:");
                    }

                    var source = path == "-"
                        ? CookieSource.FromText("stdin", await terminal.Input.ReadToEndAsync(cancellationToken))
                        : await CookieSource.ReadFileAsync(path, cancellationToken);
                    result = await importer.ImportAsync(source, SessionFormats.Parse(parseResult.GetValue(format)) ?? SessionFormat.Auto, cancellationToken);
                }
            }
            catch (Exception ex) when (ex is InvalidSessionException or SessionStoreException)
            {
                return console.Fail(ex.Message + (replacing ? " (the saved session is unchanged)" : string.Empty));
            }

            await Report(console, result, replacing, services.GetRequiredService<Configuration.ConfigStore>().Current.TimeZone.Zone);
            return ExitCodes.Ok;
        });
        return command;
    }

    // On a terminal one pasted line is the value; from a pipe, everything (trimmed by the parser).
    private static async Task<string> ReadLiAtAsync(CliConsole console, AuthTerminal terminal, CancellationToken cancellationToken)
    {
        if (!terminal.IsInteractive)
        {
            return await terminal.Input.ReadToEndAsync(cancellationToken);
        }

        await console.Error.WriteLineAsync("Paste the li_at value, then press Enter:");
        return await terminal.Input.ReadLineAsync(cancellationToken) ?? string.Empty;
    }

    private static async Task Report(CliConsole console, SessionImportResult result, bool replaced, TimeZoneInfo zone)
    {
        var session = result.Session;
        var dropped = new List<string>();
        AddCount(dropped, session.DroppedExpired, "expired");
        AddCount(dropped, session.DroppedOtherSites, "for other sites");
        AddCount(dropped, session.DroppedUnusable, "unusable (control characters)");
        await console.Out.WriteLineAsync($"Imported the LinkedIn session ({result.Format.Describe()}).");
        await console.Out.WriteLineAsync($"  cookies kept: {session.Cookies.Count} for linkedin.com; dropped: {(dropped.Count == 0 ? "none" : string.Join(", ", dropped))}");
        await console.Out.WriteLineAsync($"  li_at expires: {result.Expiry.Describe(zone)}");
        await console.Out.WriteLineAsync($"  stored encrypted in {result.FilePath}{(replaced ? " (replacing the previous session)" : string.Empty)}, readable only by user {Environment.UserName}");
        await console.Out.WriteLineAsync($"  key: {result.Key}");
        if (result.Expiry.Warning)
        {
            await console.Error.WriteLineAsync($"warning: li_at expires {result.Expiry.Describe(zone)}; export fresh cookies and import them before then");
        }
    }

    private static void AddCount(List<string> parts, int count, string what)
    {
        if (count > 0)
        {
            parts.Add($"{count} {what}");
        }
    }
}
