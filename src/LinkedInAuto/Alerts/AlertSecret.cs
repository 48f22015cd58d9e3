using LinkedInAuto.Configuration;

namespace LinkedInAuto.Alerts;

/// <summary>Reads a channel's secret (password, token, signing secret) from a systemd credential or a protected file, never from config.yaml.</summary>
/// <remarks>A credential is `$CREDENTIALS_DIRECTORY/NAME` in the service (`LoadCredential=NAME` in the unit); a command
/// run by hand has no such directory and reads `/etc/credstore/NAME` or `/run/credstore/NAME`, where `LoadCredential=`
/// finds it too. A file must not be readable by others nor writable by its group (mode 0640 or stricter).</remarks>
public static class AlertSecret
{
    private static readonly string[] s_credstores = ["/etc/credstore", "/run/credstore"];

    /// <summary>Replaces the secret in <paramref name="text"/> with `***`; the text as is when the secret is not set or
    /// cannot be read (then it cannot have been used either).</summary>
    public static string Mask(string text, string? credential, string? file, AppDirectories directories)
    {
        string? secret;
        try
        {
            secret = Read(credential, file, directories);
        }
        catch (AlertSecretException)
        {
            return text;
        }

        return string.IsNullOrEmpty(secret) ? text : text.Replace(secret, "***", StringComparison.Ordinal);
    }

    /// <summary>Reads the secret, trimmed of a final newline; null when neither source is set.</summary>
    /// <exception cref="AlertSecretException">The source is set but unreadable, empty or too open.</exception>
    public static string? Read(string? credential, string? file, AppDirectories directories)
    {
        if (!string.IsNullOrEmpty(credential))
        {
            var candidates = directories.CredentialsDirectory is { } dir ? [Path.Combine(dir, credential)] : s_credstores.Select(d => Path.Combine(d, credential)).ToArray();
            var found = candidates.FirstOrDefault(File.Exists)
                ?? throw new AlertSecretException($"the credential '{credential}' was not found (looked in {string.Join(", ", candidates)}): add `LoadCredential={credential}` to the unit and the file to /etc/credstore/, or run this command as root");
            return ReadFile(found);
        }

        if (!string.IsNullOrEmpty(file))
        {
            if (!File.Exists(file))
            {
                throw new AlertSecretException($"{file} does not exist or is not readable by this user");
            }

            var mode = File.GetUnixFileMode(file);
            const UnixFileMode tooOpen = UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute | UnixFileMode.UserExecute;
            if ((mode & tooOpen) != 0)
            {
                throw new AlertSecretException($"{file} has mode {Convert.ToString((int)mode, 8)}: a secret file must be 0640 or stricter (chmod 0640 {file})");
            }

            return ReadFile(file);
        }

        return null;
    }

    private static string ReadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path).TrimEnd('\r', '\n');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new AlertSecretException($"{path} cannot be read ({ex.GetType().Name}): check its owner and mode");
        }

        return text.Length > 0 ? text : throw new AlertSecretException($"{path} is empty");
    }
}

/// <summary>A channel's secret could not be read; retrying does not help.</summary>
public sealed class AlertSecretException(string message) : Exception(message);
