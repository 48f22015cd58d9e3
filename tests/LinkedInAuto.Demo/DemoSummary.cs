using System.Text.Json;
using FakeLinkedIn;
using Spectre.Console;

namespace LinkedInAuto.Demo;

/// <summary>What the product says it did (its history), next to what the fake LinkedIn recorded, action by action.</summary>
public sealed class DemoSummary
{
    private readonly List<(string Action, IReadOnlyList<string> Product, IReadOnlyList<string> Fake)> _rows = [];

    /// <summary>Gets a value indicating whether every action the product recorded is exactly what the fake saw, and nothing else.</summary>
    public bool Matches => _rows.All(r => r.Product.Order(StringComparer.Ordinal).SequenceEqual(r.Fake.Order(StringComparer.Ordinal)));

    /// <summary>Gets how many actions were done in all.</summary>
    public int Total => _rows.Sum(r => r.Fake.Count);

    /// <summary>Compares a `linkedin-auto db export --format json` document with the fake's action record.</summary>
    public static DemoSummary Compare(string historyJson, IReadOnlyList<FakeAction> actions)
    {
        using var document = JsonDocument.Parse(historyJson);
        var tables = document.RootElement.GetProperty("tables");
        var contacts = Rows(tables, "contacts").ToDictionary(r => r.GetProperty("id").GetInt64(), r => r.GetProperty("profile_url").GetString()!);
        var summary = new DemoSummary();
        summary.Add(
            "birthday wish",
            Rows(tables, "birthday_wishes").Where(r => r.GetProperty("state").GetString() is "Sent" or "Verified")
                .Select(r => Slug(contacts[r.GetProperty("contact_id").GetInt64()]) + " — " + r.GetProperty("text").GetString()),
            actions.Where(a => a.Kind == FakeActionKinds.MessageSent).Select(a => Slug(a.ProfileUrl!) + " — " + a.Text));
        foreach (var (action, kind) in new[] { ("Accept", FakeActionKinds.InvitationAccepted), ("Ignore", FakeActionKinds.InvitationIgnored), ("Withdraw", FakeActionKinds.InvitationWithdrawn) })
        {
            summary.Add(
                "invitation " + action.ToLowerInvariant(),
                Rows(tables, "handled_invitations").Where(r => r.GetProperty("action").GetString() == action && r.GetProperty("state").GetString() == "Done")
                    .Select(r => Slug(contacts[r.GetProperty("contact_id").GetInt64()])),
                actions.Where(a => a.Kind == kind).Select(a => Slug(a.ProfileUrl!)));
        }

        summary.Add(
            "profile visit",
            Rows(tables, "profile_visits").Where(r => !r.TryGetProperty("dry_run", out var dry) || dry.ValueKind != JsonValueKind.True)
                .Select(r => Slug(contacts[r.GetProperty("contact_id").GetInt64()])),
            actions.Where(a => a.Kind == FakeActionKinds.ProfileViewed).Select(a => Slug(a.ProfileUrl!)).Distinct());
        return summary;
    }

    /// <summary>Prints the summary table.</summary>
    public void Print(TextWriter output)
    {
        var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!terminal)
        {
            console.Profile.Width = 140;
        }

        var table = new Table().Title("What LinkedInAuto did, checked against the fake LinkedIn's own record")
            .AddColumn("Action").AddColumn(new TableColumn("Product history").RightAligned()).AddColumn(new TableColumn("Fake's record").RightAligned()).AddColumn("Match").AddColumn("Who");
        foreach (var (action, product, fake) in _rows)
        {
            var same = product.Order(StringComparer.Ordinal).SequenceEqual(fake.Order(StringComparer.Ordinal));
            table.AddRow(action, product.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), fake.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), same ? "[green]yes[/]" : "[red]NO[/]", Markup.Escape(string.Join(", ", fake.Select(f => f.Split(" — ")[0]).Take(8)) + (fake.Count > 8 ? ", …" : string.Empty)));
        }

        console.Write(table);
        console.MarkupLine(Matches ? $"[green]{Total} actions, every one confirmed by the fake LinkedIn.[/]" : "[red]The product's history and the fake's record differ.[/]");
    }

    private static List<JsonElement> Rows(JsonElement tables, string name) =>
        tables.TryGetProperty(name, out var rows) ? [.. rows.EnumerateArray()] : [];

    private static string Slug(string profileUrl) => Uri.UnescapeDataString(profileUrl.TrimEnd('/').Split('/')[^1]);

    private void Add(string action, IEnumerable<string> product, IEnumerable<string> fake) => _rows.Add((action, product.ToList(), fake.ToList()));
}
