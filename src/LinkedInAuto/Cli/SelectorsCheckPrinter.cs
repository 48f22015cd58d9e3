using LinkedInAuto.Engine.Canary;
using Spectre.Console;

namespace LinkedInAuto.Cli;

/// <summary>Prints a canary report as a table on stdout: one row per element, coloured on a terminal, plain when piped.</summary>
internal static class SelectorsCheckPrinter
{
    // Piped output has no terminal width; wide enough that no row but a long alternative wraps.
    private const int PipedWidth = 200;

    /// <summary>Prints the selectors file and the table.</summary>
    public static void Print(CliConsole console, CanaryReport report)
    {
        var terminal = ReferenceEquals(console.Out, Console.Out) && !Console.IsOutputRedirected;
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Out),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!terminal)
        {
            ansi.Profile.Width = PipedWidth;
        }

        ansi.WriteLine("selectors: " + report.SelectorsFile);
        if (report.Pages.Count == 0)
        {
            return;
        }

        var table = new Table().AddColumns("Page", "Element", "Scope", "Result", "Matched by");
        foreach (var page in report.Pages)
        {
            foreach (var check in page.Elements)
            {
                table.AddRow(Markup.Escape(page.Page), Markup.Escape(check.Element), Markup.Escape(check.Scope), Result(check), Markup.Escape(check.Matched ?? string.Empty));
            }
        }

        ansi.Write(table);
        foreach (var (page, check) in report.Pages.SelectMany(p => p.Elements.Where(e => e.Health == SelectorHealth.NotChecked && e.Note is not null).Select(e => (p.Page, e))))
        {
            ansi.WriteLine($"{check.Element} ({page}): not checked: {check.Note}");
        }
    }

    /// <summary>The result cell: `primary`, `fallback (#n)`, `missing` or `not checked`.</summary>
    private static string Describe(ElementCheck check) => check.Health switch
    {
        SelectorHealth.Primary => "primary",
        SelectorHealth.Fallback => $"fallback (#{check.Alternative})",
        SelectorHealth.Missing => "missing",
        _ => "not checked",
    };

    private static string Result(ElementCheck check) => check.Health switch
    {
        SelectorHealth.Primary => "[green]primary[/]",
        SelectorHealth.Fallback => $"[yellow]{Describe(check)}[/]",
        SelectorHealth.Missing => "[red]missing[/]",
        _ => "[grey]not checked[/]",
    };
}
