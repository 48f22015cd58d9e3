using System.CommandLine;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Maintenance;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInAuto.Cli;

/// <summary>`db export`: the history as JSON (one document) or CSV (one file per table), because users own their data.</summary>
public static class DbExportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format") { Description = "json (one document, all tables) or csv (RFC 4180, one file per table)", HelpName = "FORMAT", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var tables = new Option<string[]>("--table") { Description = $"Table to export, repeatable [default: all: {string.Join(", ", HistoryTables.All)}]", HelpName = "TABLE" };
        tables.AcceptOnlyFromAmong([.. HistoryTables.All]);
        var output = new Option<string>("--output", "-o") { Description = "Write to this file (csv with several tables: this directory) [default: stdout]", HelpName = "PATH" };
        var command = new Command("export", "Export the history as JSON or CSV (UTF-8)") { format, tables, output };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var chosen = parseResult.GetValue(tables) is { Length: > 0 } named ? named.Distinct().ToList() : [.. HistoryTables.All];
            var path = parseResult.GetValue(output);
            var csv = parseResult.GetValue(format) == "csv";
            if (csv && chosen.Count > 1 && string.IsNullOrWhiteSpace(path))
            {
                await console.Error.WriteLineAsync("linkedin-auto: a CSV holds one table: pass --table NAME to print it, or --output DIR to write one file per table.");
                return ExitCodes.Usage;
            }

            return await DbCommands.RunAsync(parseResult, console, async (services, token) =>
            {
                var exporter = services.GetRequiredService<HistoryExporter>();
                if (!csv)
                {
                    await using var stream = string.IsNullOrWhiteSpace(path) ? new TextWriterStream(console.Out) : (Stream)File.Create(path);
                    await exporter.ExportJsonAsync(chosen, stream, token);
                }
                else if (string.IsNullOrWhiteSpace(path))
                {
                    await exporter.ExportCsvAsync(chosen, _ => new TextWriterStream(console.Out), token);
                }
                else if (chosen.Count == 1 && !Directory.Exists(path))
                {
                    await exporter.ExportCsvAsync(chosen, _ => File.Create(path), token);
                }
                else
                {
                    Directory.CreateDirectory(path);
                    await exporter.ExportCsvAsync(chosen, table => File.Create(Path.Combine(path, table + ".csv")), token);
                }

                if (!string.IsNullOrWhiteSpace(path))
                {
                    await console.Error.WriteLineAsync($"exported {chosen.Count} table{(chosen.Count == 1 ? string.Empty : "s")} to {Path.GetFullPath(path)}");
                }

                return ExitCodes.Ok;
            }, cancellationToken);
        });
        return command;
    }
}
