using System.Text;

namespace LinkedInAuto.Cli;

/// <summary>Reads a secret line: from the terminal without echo, or a plain line from stdin when it is not a terminal.</summary>
internal static class SecretPrompt
{
    /// <summary>Reads one line; null at the end of input or when it is empty.</summary>
    public static async Task<string?> ReadAsync(AuthTerminal terminal, CliConsole console, string prompt, CancellationToken cancellationToken)
    {
        if (!terminal.IsInteractive || terminal != AuthTerminal.Current || Console.IsInputRedirected)
        {
            var line = await terminal.Input.ReadLineAsync(cancellationToken);
            return string.IsNullOrEmpty(line) ? null : line;
        }

        await console.Error.WriteAsync(prompt);
        var secret = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                secret.Length = Math.Max(0, secret.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                secret.Append(key.KeyChar);
            }
        }

        await console.Error.WriteLineAsync();
        return secret.Length == 0 ? null : secret.ToString();
    }
}
