using System.CommandLine;
using System.Text.Json;
using LinkedInAuto.Configuration;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Maintenance;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInAuto.Cli;

/// <summary>`blacklist add|remove|list`: members no bot acts on, kept in the history database.</summary>
/// <remarks>
/// The commands write the file directly, like `db prune`: the daemon's bots read the blacklist before each decision
/// (docs/architecture.md, "Files and durability": SQLite in WAL mode), so an entry counts at once, running or not.
/// </remarks>
public static class BlacklistCommands
{
    /// <summary>Creates the `blacklist` command group.</summary>
    public static Command Create(CliConsole console) =>
        new("blacklist", "Members no bot ever wishes, visits, accepts or withdraws, by profile URL or full name (besides config.yaml's blacklist:)")
        {
            CreateAdd(console),
            CreateRemove(console),
            CreateList(console),
        };

    private static Argument<string> EntryArgument(string description) => new("ENTRY") { Description = description };

    private static Command CreateAdd(CliConsole console)
    {
        var entry = EntryArgument("A profile URL (https://www.linkedin.com/in/<name>/, any spelling) or a full name (matched ignoring case and accents)");
        var reason = new Option<string>("--reason", "-r") { Description = "Why (kept with the entry, shown by `blacklist list`)", HelpName = "TEXT" };
        var command = new Command("add", "Blacklist a member; the bots skip them from their next decision on, with reason \"blacklisted\"") { entry, reason };
        command.SetAction((parseResult, token) => WriteAsync(parseResult, console, entry, async (services, text, cancellationToken) =>
        {
            var store = services.GetRequiredService<BlacklistStore>();
            var why = parseResult.GetValue(reason)?.Trim();
            var added = await store.AddAsync(text, string.IsNullOrEmpty(why) ? null : why, cancellationToken);
            await console.Out.WriteLineAsync(added ? $"blacklisted {text}{(string.IsNullOrEmpty(why) ? string.Empty : " (" + why + ")")}" : $"{text} was already blacklisted");
            return ExitCodes.Ok;
        }, token));
        return command;
    }

    private static Command CreateRemove(CliConsole console)
    {
        var entry = EntryArgument("The profile URL or name, as `blacklist list` shows it (names ignore case)");
        var command = new Command("remove", "Take a member off the database's blacklist (config.yaml's entries are edited in the file)") { entry };
        command.SetAction((parseResult, token) => WriteAsync(parseResult, console, entry, async (services, text, cancellationToken) =>
        {
            if (await services.GetRequiredService<BlacklistStore>().RemoveAsync(text, cancellationToken))
            {
                await console.Out.WriteLineAsync($"removed {text} from the blacklist");
                return ExitCodes.Ok;
            }

            var config = services.GetRequiredService<ConfigStore>();
            var inConfig = config.Current.Blacklist.Any(e => string.Equals(e.Trim(), text, StringComparison.OrdinalIgnoreCase));
            return console.Fail(inConfig
                ? $"{text} is in the blacklist: section of {config.Path}; remove it there, then `linkedin-auto reload`"
                : $"{text} is not on the blacklist (see `linkedin-auto blacklist list`)");
        }, token));
        return command;
    }

    private static Command CreateList(CliConsole console)
    {
        var json = DaemonCall.JsonOption();
        var command = new Command("list", "Show the blacklist: the database's entries (with reason and date) and config.yaml's") { json };
        command.SetAction((parseResult, token) => DbCommands.RunAsync(parseResult, console, async (services, cancellationToken) =>
        {
            await services.GetRequiredService<DatabaseGuard>().CheckAsync(DatabaseAccess.Read, cancellationToken);
            var stored = await services.GetRequiredService<BlacklistStore>().ListAsync(cancellationToken);
            var views = stored.Select(b => new BlacklistView(b.ProfileUrl, b.Reason, b.AddedUtc, "database"))
                .Concat(services.GetRequiredService<ConfigStore>().Current.Blacklist.Select(e => new BlacklistView(e.Trim(), null, null, "config")))
                .ToList();
            if (parseResult.GetValue(json))
            {
                await console.Out.WriteLineAsync(JsonSerializer.Serialize<IReadOnlyList<BlacklistView>>(views, CliJsonContext.Default.IReadOnlyListBlacklistView));
                return ExitCodes.Ok;
            }

            foreach (var view in views)
            {
                var added = view.AddedUtc is { } at ? $"added {at:yyyy-MM-dd}" : "config.yaml";
                await console.Out.WriteLineAsync($"{view.Entry}  [{added}]{(view.Reason is null ? string.Empty : "  " + view.Reason)}");
            }

            if (views.Count == 0)
            {
                await console.Out.WriteLineAsync("the blacklist is empty");
            }

            return ExitCodes.Ok;
        }, token));
        return command;
    }

    // Checks the entry before anything is opened: a bad one is a usage error naming the argument.
    private static async Task<int> WriteAsync(
        ParseResult parseResult, CliConsole console, Argument<string> entry, Func<IServiceProvider, string, CancellationToken, Task<int>> action, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = BlacklistEntryText.Normalize(parseResult.GetValue(entry) ?? string.Empty);
        }
        catch (ArgumentException ex)
        {
            await console.Error.WriteLineAsync($"linkedin-auto: ENTRY: {ex.Message.Split(" (Parameter", 2)[0]}");
            return ExitCodes.Usage;
        }

        return await DbCommands.RunAsync(parseResult, console, async (services, token) =>
        {
            await services.GetRequiredService<DatabaseGuard>().CheckAsync(DatabaseAccess.Read, token);
            return await action(services, text, token);
        }, cancellationToken);
    }
}

/// <summary>One blacklist entry as `blacklist list --json` prints it.</summary>
/// <param name="Entry">The canonical profile URL or the name.</param>
/// <param name="Reason">Why, when given.</param>
/// <param name="AddedUtc">When it was added (database entries).</param>
/// <param name="Source">`database` or `config`.</param>
internal sealed record BlacklistView(string Entry, string? Reason, DateTime? AddedUtc, string Source);
