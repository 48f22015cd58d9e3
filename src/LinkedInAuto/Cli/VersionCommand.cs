using System.CommandLine;
using System.Reflection;

namespace LinkedInAuto.Cli;

/// <summary>`version`: the product version and the runtime it carries.</summary>
public static class VersionCommand
{
    /// <summary>Gets the product's informational version.</summary>
    public static string ProductVersion { get; } =
        typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var command = new Command("version", "Print the version");
        command.SetAction(_ =>
        {
            console.Out.WriteLine($"linkedin-auto {ProductVersion} (.NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier})");
            return ExitCodes.Ok;
        });
        return command;
    }
}
