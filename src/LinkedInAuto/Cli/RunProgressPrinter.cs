using LinkedInAuto.Control;
using Spectre.Console;

namespace LinkedInAuto.Cli;

/// <summary>Shows `run --wait` progress: a live line on a terminal, one line per change otherwise, nothing with `--json`.</summary>
internal sealed class RunProgressPrinter(CliConsole console, bool json)
{
    private readonly bool _live = !json && ReferenceEquals(console, CliConsole.Standard) && !Console.IsOutputRedirected;
    private string? _last;

    /// <summary>Shows one event from the daemon.</summary>
    public async Task ShowAsync(ControlResponse response)
    {
        if (json)
        {
            return;
        }

        var text = response.Kind == ControlKinds.Queued && response.Queued is { } queued
            ? $"{queued.Bot} queued (ticket {queued.Ticket}, {queued.Ahead} ahead)"
            : response.Progress is { } run
                ? $"{run.Bot}: {run.Counts.Describe()}{(run.LastStep is null ? string.Empty : " — " + run.LastStep)}"
                : "waiting for the run in progress to end…";
        if (text == _last)
        {
            return;
        }

        _last = text;
        if (_live)
        {
            // One redrawn line with a bar whose length follows the actions done (the total is not known in advance).
            var done = response.Progress?.Done ?? 0;
            AnsiConsole.Markup("\r\u001b[2K[blue]" + new string('█', Math.Min(done, 30)) + "[/] " + Markup.Escape(text));
        }
        else
        {
            await console.Out.WriteLineAsync(text);
        }
    }

    /// <summary>Ends the live line.</summary>
    public async Task DoneAsync()
    {
        if (_live && _last is not null)
        {
            await console.Out.WriteLineAsync();
        }
    }
}
