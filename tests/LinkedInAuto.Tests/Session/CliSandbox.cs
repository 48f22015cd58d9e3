using LinkedInAuto.Cli;

namespace LinkedInAuto.Tests.Session;

/// <summary>Runs the real CLI in-process against a temporary config, state directory and stdin, without touching the process environment.</summary>
public sealed class CliSandbox : IDisposable
{
    private readonly TempDirectory _root = new();
    private readonly Dictionary<string, string> _environment;

    /// <summary>Initializes a new instance of the <see cref="CliSandbox"/> class.</summary>
    public CliSandbox(Uri? baseUrl = null)
    {
        StateDirectory = _root.File("state");
        ConfigPath = _root.File("config.yaml");
        File.WriteAllText(ConfigPath, "time_zone: Europe/Paris\n" + (baseUrl is null ? string.Empty : $"linkedin:\n  base_url: {baseUrl}\n"));
        _environment = new(StringComparer.Ordinal) { ["STATE_DIRECTORY"] = StateDirectory, ["RUNTIME_DIRECTORY"] = _root.File("run") };
    }

    /// <summary>Gets the state directory (created by the first import).</summary>
    public string StateDirectory { get; }

    /// <summary>Gets the session file.</summary>
    public string SessionFile => Path.Combine(StateDirectory, "session.bin");

    /// <summary>Gets the config file.</summary>
    public string ConfigPath { get; }

    /// <summary>Writes an input file and returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = _root.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Runs <c>linkedin-auto ARGS --config CONFIG</c>.</summary>
    public async Task<(int Code, string Out, string Error)> RunAsync(string[] args, string stdin = "", bool interactive = false)
    {
        AuthTerminal.Override.Value = new AuthTerminal(new StringReader(stdin), interactive, name => _environment.GetValueOrDefault(name));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApplication.RunAsync([.. args, "--config", ConfigPath], (_, _) => Task.FromResult(0), new CliConsole(output, error));
        var result = (code, output.ToString(), error.ToString());
        foreach (var secret in SessionSamples.Secrets)
        {
            Assert.DoesNotContain(secret, result.Item2 + result.Item3, StringComparison.Ordinal);
        }

        return result;
    }

    /// <inheritdoc/>
    public void Dispose() => _root.Dispose();
}
