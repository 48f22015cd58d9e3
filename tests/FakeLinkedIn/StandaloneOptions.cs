using System.Globalization;

namespace FakeLinkedIn;

/// <summary>Command line of the standalone fake: <c>--scenario FILE --port N [--today yyyy-MM-dd] [--markup a|b|unknown] [--verbose]</c>.</summary>
internal sealed record StandaloneOptions(string ScenarioPath, int Port, DateOnly? Today, bool Verbose)
{
    public const string Usage = "usage: FakeLinkedIn --scenario FILE [--port N] [--today yyyy-MM-dd] [--markup a|b|unknown] [--verbose]";

    private static readonly string[] s_markups = ["a", "b", "unknown"];

    /// <summary>The markup the pages are rendered in (the <c>markup</c> switch); null keeps the scenario's.</summary>
    public string? Markup { get; init; }

    /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> with a readable message.</summary>
    public static StandaloneOptions Parse(IReadOnlyList<string> args)
    {
        string? scenario = null;
        var port = 0;
        DateOnly? today = null;
        var verbose = false;
        string? markup = null;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--scenario":
                    scenario = Value();
                    break;
                case "--port":
                    port = int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p <= 65535
                        ? p : throw new ArgumentException("--port needs a number 0-65535");
                    break;
                case "--today":
                    today = DateOnly.TryParseExact(Value(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                        ? d : throw new ArgumentException("--today needs yyyy-MM-dd");
                    break;
                case "--markup":
                    markup = Value();
                    markup = s_markups.Contains(markup) ? markup : throw new ArgumentException("--markup needs a, b or unknown");
                    break;
                case "--verbose":
                    verbose = true;
                    break;
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }

        return new StandaloneOptions(scenario ?? throw new ArgumentException("--scenario is required"), port, today, verbose) { Markup = markup };
    }
}
