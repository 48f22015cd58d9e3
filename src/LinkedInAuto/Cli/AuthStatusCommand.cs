using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LinkedInAuto.Session;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInAuto.Cli;

/// <summary>`auth status [--json]`: the saved session, offline.</summary>
internal static class AuthStatusCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var json = new Option<bool>("--json") { Description = "Print the status as one JSON object" };
        var command = new Command("status", "Show the saved session without going online: present, decryptable, li_at expiry and days left (exit 1 when unusable)") { json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var services = AuthCommands.BuildServices(parseResult, console);
            if (services is null)
            {
                return ExitCodes.Failure;
            }

            var status = await services.GetRequiredService<SessionStatusReader>().ReadAsync(cancellationToken);
            var zone = services.GetRequiredService<Configuration.ConfigStore>().Current.TimeZone.Zone;
            if (parseResult.GetValue(json))
            {
                await console.Out.WriteLineAsync(JsonSerializer.Serialize(status, SessionJsonContext.Default.SessionStatus));
            }
            else
            {
                await PrintAsync(console, status, zone);
            }

            return status.Usable ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }

    private static async Task PrintAsync(CliConsole console, SessionStatus status, TimeZoneInfo zone)
    {
        await console.Out.WriteLineAsync($"session: {status.FilePath}");
        if (status.Problem is { } problem)
        {
            await console.Out.WriteLineAsync($"  state: unusable: {problem}");
            return;
        }

        var expiry = new SessionExpiry(status.LiAtExpiresUtc, status.LiAtExpiresLocalDate, status.DaysLeft, status.Expired, status.ExpiryWarning);
        await console.Out.WriteLineAsync($"  state: {(status.Expired ? "expired" : "present and decryptable")}");
        await console.Out.WriteLineAsync($"  key: {status.Key}");
        await console.Out.WriteLineAsync($"  imported: {Local(status.ImportedAt, zone)} ({zone.Id}) from a {status.Source?.Describe()}; last saved {Local(status.SavedAt, zone)}");
        await console.Out.WriteLineAsync($"  li_at expires: {expiry.Describe(zone)}");
        await console.Out.WriteLineAsync($"  cookies: {status.CookieCount} ({(status.HasJSessionId ? "JSESSIONID present" : "no JSESSIONID yet; LinkedIn sets it on the first visit")})");
        if (status.ExpiryWarning)
        {
            await console.Error.WriteLineAsync($"warning: li_at expires {expiry.Describe(zone)}; export fresh cookies and run `linkedin-auto auth import` before then");
        }
    }

    private static string Local(DateTimeOffset? instant, TimeZoneInfo zone) =>
        instant is { } value ? TimeZoneInfo.ConvertTime(value, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "?";
}
