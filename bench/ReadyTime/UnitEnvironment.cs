namespace ReadyTime;

/// <summary>The `Environment=` assignments of the shipped unit (systemd/linkedin-auto.service): the product is
/// measured with the environment systemd gives it, GC settings included.</summary>
internal static class UnitEnvironment
{
    public static IReadOnlyList<(string Name, string Value)> Read(string repo) =>
        File.ReadLines(Path.Combine(repo, "systemd", "linkedin-auto.service"))
            .Where(line => line.StartsWith("Environment=", StringComparison.Ordinal))
            .Select(line => line["Environment=".Length..].Split('=', 2))
            .Where(pair => pair.Length == 2)
            .Select(pair => (pair[0], pair[1]))
            .ToList();
}
