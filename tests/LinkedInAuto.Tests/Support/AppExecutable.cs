namespace LinkedInAuto.Tests;

/// <summary>The product executable under test: the published one that `./build.sh test` passes in `LINKEDIN_AUTO_EXE`.</summary>
public static class AppExecutable
{
    /// <summary>Gets the path of `linkedin-auto`.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("LINKEDIN_AUTO_EXE");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return File.Exists(fromEnvironment)
                ? fromEnvironment
                : throw new FileNotFoundException("LINKEDIN_AUTO_EXE points to a missing file", fromEnvironment);
        }

        // Running `dotnet test` by hand: use the published folder if present, else the build output's apphost.
        string[] candidates =
        [
            System.IO.Path.Combine(RepositoryPaths.Root, "dist", "linux-x64", "linkedin-auto"),
            System.IO.Path.Combine(AppContext.BaseDirectory, "linkedin-auto"),
        ];
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException("linkedin-auto not found: run ./build.sh test (or ./build.sh publish)", candidates[0]);
    }
}
