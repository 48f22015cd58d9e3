using LinkedInAuto.Configuration;

namespace LinkedInAuto.Cli;

/// <summary>The CLI's output: results on stdout, problems on stderr, so scripts can pipe one without the other.</summary>
public sealed class CliConsole(TextWriter output, TextWriter error)
{
    /// <summary>Gets a console bound to the process's standard streams.</summary>
    public static CliConsole Standard { get; } = new(Console.Out, Console.Error);

    /// <summary>Gets the stream for results.</summary>
    public TextWriter Out { get; } = output;

    /// <summary>Gets the stream for problems.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>Prints configuration errors, one per line, and returns the failure exit code.</summary>
    public int ConfigErrors(string path, IReadOnlyList<ConfigError> errors)
    {
        Error.WriteLine($"{path}: {errors.Count} configuration error{(errors.Count == 1 ? string.Empty : "s")}:");
        foreach (var error in errors)
        {
            Error.WriteLine("  " + error);
        }

        return ExitCodes.Failure;
    }

    /// <summary>Prints a failure and returns the failure exit code.</summary>
    public int Fail(string message)
    {
        Error.WriteLine("linkedin-auto: " + message);
        return ExitCodes.Failure;
    }
}
