namespace LinkedInAuto.Cli;

/// <summary>What the auth commands read besides their arguments: stdin, whether a person is at the terminal, the environment.</summary>
/// <param name="Input">Standard input (cookie files and li_at values piped in, confirmation answers).</param>
/// <param name="IsInteractive">Whether stdin is a terminal, so a confirmation can be asked.</param>
/// <param name="GetVariable">Reads an environment variable (<c>$STATE_DIRECTORY</c>, <c>$CREDENTIALS_DIRECTORY</c>…).</param>
internal sealed record AuthTerminal(TextReader Input, bool IsInteractive, Func<string, string?> GetVariable)
{
    /// <summary>Gets the terminal of this invocation: the process's, unless a test replaced it.</summary>
    public static AuthTerminal Current => Override.Value ?? new AuthTerminal(Console.In, !Console.IsInputRedirected, Environment.GetEnvironmentVariable);

    /// <summary>Gets the replacement terminal for the current async flow.</summary>
    // For testing: in-process CLI tests supply stdin, a TTY or not, and $STATE_DIRECTORY-style variables per test,
    // without mutating the process environment that parallel tests share.
    internal static AsyncLocal<AuthTerminal?> Override { get; } = new();
}
