using System.Reflection;
using FakeLinkedIn.State;

namespace FakeLinkedIn.Web;

/// <summary>The page script and style (embedded resources) and generated avatar images.</summary>
internal static class AssetRoutes
{
    public static void Map(WebApplication app, FakeState state)
    {
        var script = Resource("fake.js");
        var style = Resource("fake.css");
        app.MapGet("/static/fake.js", () => Results.Text(script, "text/javascript; charset=utf-8"));
        app.MapGet("/static/fake.css", () => Results.Text(style, "text/css; charset=utf-8"));
        app.MapGet("/static/avatar/{id}", (string id) =>
        {
            var key = id.EndsWith(".svg", StringComparison.Ordinal) ? id[..^4] : id;
            var name = key == "me" ? state.Scenario.Me.Name : state.World.FindPerson(key)?.Name ?? "?";
            var initials = string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(w => w[0]));
            var svg = $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#cfd8dc"/><text x="32" y="40" font-size="24" text-anchor="middle" fill="#37474f">{Html.H.E(initials)}</text></svg>""";
            return Results.Text(svg, "image/svg+xml");
        });
    }

    private static string Resource(string name)
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream($"FakeLinkedIn.Assets.{name}")
            ?? throw new InvalidOperationException($"embedded resource {name} missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
