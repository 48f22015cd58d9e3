using System.CommandLine;
using System.Text.Json;
using LinkedInAuto.Browser;
using LinkedInAuto.Configuration;
using LinkedInAuto.Engine;
using LinkedInAuto.Engine.Canary;
using LinkedInAuto.Pages.Selectors;
using LinkedInAuto.Pages.States;
using LinkedInAuto.Session;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LinkedInAuto.Cli;

/// <summary>`selectors check`: the read-only canary of selectors.yaml against the live site, with the saved session.</summary>
public static class SelectorsCommands
{
    /// <summary>The people search made when no visitor search is configured: broad enough for several result pages.</summary>
    public const string DefaultKeywords = "engineer";

    /// <summary>Creates the `selectors` command group.</summary>
    public static Command Create(CliConsole console) =>
        new("selectors", "Check that selectors.yaml still finds, on LinkedIn, every element the bots need") { CreateCheck(console) };

    private static Command CreateCheck(CliConsole console)
    {
        var json = new Option<bool>("--json") { Description = "Print the report as one JSON object" };
        var keywords = new Option<string?>("--keywords")
        {
            Description = $"Keywords of the one people search made [default: the first visitor search's, else \"{DefaultKeywords}\"]",
            HelpName = "TEXT",
        };
        var command = new Command(
            "check",
            "Open the feed, birthdays, a profile, a wish's composer page, invitations received and sent, and one people search with the saved " +
            "session, and report per element: primary, fallback (#n, with the alternative that matched) or missing. Read-only: nothing is clicked, typed or sent. Exit 1 when " +
            "an element is missing or a page is not the logged-in page (on a checkpoint or an expired session it stops at once)")
        {
            json,
            keywords,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = CliHost.TryLoad(parseResult, console);
            if (context is null)
            {
                return ExitCodes.Failure;
            }

            // Same resolution as the auth commands, so in-process tests can point it at temporary directories.
            context = context with { Directories = AppDirectories.FromEnvironment(AuthTerminal.Current.GetVariable) };
            var search = parseResult.GetValue(keywords) is { Length: > 0 } given ? given
                : context.Config.Current.Visitor.Searches.FirstOrDefault()?.Keywords ?? DefaultKeywords;
            await using var services = context.BuildServices(s => s.AddEngine());
            var report = await RunAsync(services, context, search, cancellationToken);
            return report is null ? ExitCodes.Failure : await ReportAsync(console, report, parseResult.GetValue(json));
        });
        return command;
    }

    // Null when the run could not start (problem already printed).
    private static async Task<CanaryReport?> RunAsync(ServiceProvider services, CliContext context, string keywords, CancellationToken cancellationToken)
    {
        try
        {
            var catalog = services.GetRequiredService<SelectorCatalog>();
            await using var browser = await services.GetRequiredService<LinkedInBrowserFactory>().StartAsync("selectors-check", cancellationToken);
            var report = await new SelectorCanary(browser.Page, context.Config.Current.Browser.ActionTimeout).RunAsync(keywords, cancellationToken);
            return report with { SelectorsFile = catalog.Source };
        }
        catch (ConfigException ex)
        {
            context.Console.ConfigErrors(SelectorCatalog.Locate(Path.GetDirectoryName(context.Config.Path)), ex.Errors);
        }
        catch (Exception ex) when (ex is SessionStoreException or BrowserNotFoundException or PlaywrightException)
        {
            context.Console.Fail(ex.Message);
        }

        return null;
    }

    private static async Task<int> ReportAsync(CliConsole console, CanaryReport report, bool json)
    {
        if (json)
        {
            await console.Out.WriteLineAsync(JsonSerializer.Serialize(report, SelectorsJsonContext.Default.CanaryReport));
        }
        else
        {
            SelectorsCheckPrinter.Print(console, report);
        }

        var fallbacks = report.Pages.SelectMany(p => p.Elements).Where(e => e.Health == SelectorHealth.Fallback).ToList();
        if (fallbacks.Count > 0)
        {
            // Each fallback with the alternative that matched: the drift toward structure shows before anything breaks.
            await console.Error.WriteLineAsync("warning: found only by a fallback alternative, LinkedIn may have changed:");
            foreach (var fallback in fallbacks)
            {
                await console.Error.WriteLineAsync($"  {fallback.Element}: #{fallback.Alternative} {fallback.Matched}");
            }
        }

        if (report.Stop is { } stop)
        {
            return console.Fail($"stopped on the {report.StoppedOn} page, which is not the logged-in page: {stop.State} ({stop.Reason}). {Advice(stop)}");
        }

        if (report.Missing.Count > 0)
        {
            await console.Error.WriteLineAsync($"linkedin-auto: {report.Missing.Count} element{(report.Missing.Count == 1 ? string.Empty : "s")} missing:");
            foreach (var (page, check) in report.Missing)
            {
                await console.Error.WriteLineAsync($"  {check.Element} on the {page} page ({check.Scope}){(check.Note is null ? string.Empty : ": " + check.Note)}");
            }

            return ExitCodes.Failure;
        }

        return ExitCodes.Ok;
    }

    private static string Advice(PageClassification stop) => stop.State switch
    {
        PageState.SessionExpired => "Nothing else was opened. The session has expired: sign in with a browser, export the cookies and run `linkedin-auto auth import`.",
        PageState.Checkpoint => "Nothing else was opened. LinkedIn asks for a security check: pass it in a normal browser before any bot runs again.",
        PageState.Restricted => "Nothing else was opened. LinkedIn has restricted the account: keep every bot stopped and check the account in a browser.",
        _ => "The remaining pages were not opened; try again later.",
    };
}
