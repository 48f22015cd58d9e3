using System.CommandLine;
using LinkedInAuto.Configuration;

namespace LinkedInAuto.Cli;

/// <summary>The one-off options of `run`: `--max-days-late N` (birthday), `--keywords`, `--location`, `--limit N` (visitor).</summary>
internal sealed class RunOverrideOptions
{
    /// <summary>Gets `--max-days-late`.</summary>
    public Option<int?> MaxDaysLate { get; } = new("--max-days-late") { Description = "birthday: wish birthdays up to N days late in this run (birthday.max_days_late, 1–30)", HelpName = "N" };

    /// <summary>Gets `--keywords`.</summary>
    public Option<string> Keywords { get; } = new("--keywords") { Description = "visitor: search these keywords in this run instead of visitor.searches (LinkedIn's boolean syntax)", HelpName = "TEXT" };

    /// <summary>Gets `--location`.</summary>
    public Option<string> Location { get; } = new("--location") { Description = "visitor: a geo id or a name from visitor.locations, for this run's search", HelpName = "PLACE" };

    /// <summary>Gets `--limit`.</summary>
    public Option<int?> Limit { get; } = new("--limit") { Description = "visitor: visit at most N profiles in this run (quotas.visit.per_run, 1–150); the daily and weekly quotas still apply", HelpName = "N" };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(MaxDaysLate);
        command.Options.Add(Keywords);
        command.Options.Add(Location);
        command.Options.Add(Limit);
    }

    /// <summary>Reads the options given, or null when none was.</summary>
    public RunOverrides? Read(ParseResult parseResult)
    {
        var overrides = new RunOverrides(parseResult.GetValue(MaxDaysLate), parseResult.GetValue(Keywords), parseResult.GetValue(Location), parseResult.GetValue(Limit));
        return overrides.IsEmpty ? null : overrides;
    }

    /// <summary>Checks <paramref name="overrides"/> against the config file as the daemon will; prints each problem naming its option.</summary>
    /// <returns>Null when valid, else the exit code (usage, or failure when the config cannot be read).</returns>
    public static async Task<int?> CheckAsync(ParseResult parseResult, CliConsole console, string bot, RunOverrides overrides)
    {
        if (CliHost.TryLoad(parseResult, console) is not { } context)
        {
            return ExitCodes.Failure;
        }

        var problems = overrides.Problems(bot, context.Config.Current);
        foreach (var (option, problem) in problems)
        {
            await console.Error.WriteLineAsync($"linkedin-auto: {option}: {problem}");
        }

        return problems.Count == 0 ? null : ExitCodes.Usage;
    }
}
