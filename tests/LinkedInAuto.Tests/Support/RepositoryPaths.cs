namespace LinkedInAuto.Tests;

/// <summary>Paths inside the repository, found from the test assembly's location.</summary>
public static class RepositoryPaths
{
    /// <summary>Gets the repository root (the directory holding LinkedInAuto.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Gets the shipped default configuration.</summary>
    public static string ShippedConfig => Path.Combine(Root, "config", "config.yaml");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LinkedInAuto.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LinkedInAuto.sln not found above " + AppContext.BaseDirectory);
    }
}
