using System.CommandLine;
using LinkedInAuto.Web;

namespace LinkedInAuto.Cli;

/// <summary>`web` (the web page, until idle) and `web password` (set its password).</summary>
public static class WebCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var command = new Command("web", "Serve the web page (status and controls for a phone or laptop) until it has been idle for web.idle_exit; off until `web password` sets its password")
        {
            CreatePassword(console),
        };
        command.SetAction(async (parseResult, token) =>
        {
            if (CliHost.TryLoad(parseResult, console) is not { } context)
            {
                return ExitCodes.Failure;
            }

            var startup = new WebStartup(context.Config.Path, context.Config.Current, context.Directories);
            return await WebServer.RunAsync(startup, console.Error, token);
        });
        return command;
    }

    private static Command CreatePassword(CliConsole console)
    {
        var command = new Command("password", "Set the web page's password (asked twice; read from stdin when it is not a terminal), stored as a salted PBKDF2 hash in web-password beside config.yaml");
        command.SetAction(async (parseResult, token) =>
        {
            var file = WebPasswordFile.ForConfig(GlobalOptions.ResolveConfigPath(parseResult));
            var terminal = AuthTerminal.Current;
            var first = await SecretPrompt.ReadAsync(terminal, console, "New web password: ", token);
            var second = await SecretPrompt.ReadAsync(terminal, console, "Again: ", token);
            if (first is null || (second is null && terminal.IsInteractive))
            {
                return console.Fail("no password given; nothing changed");
            }

            if (second is not null && second != first)
            {
                return console.Fail("the two passwords differ; nothing changed");
            }

            if (first.Length < WebPasswordHash.MinPasswordLength)
            {
                return console.Fail($"the password is too short: at least {WebPasswordHash.MinPasswordLength} characters; nothing changed");
            }

            bool grouped;
            try
            {
                grouped = file.Write(WebPasswordHash.Create(first));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return console.Fail($"cannot write {file.Path}: {ex.Message} (run it with sudo)");
            }

            await console.Out.WriteLineAsync($"web password set in {file.Path} (mode 0640{(grouped ? ", group " + WebPasswordFile.Group : string.Empty)}); it takes effect at the next login");
            return ExitCodes.Ok;
        });
        return command;
    }
}
