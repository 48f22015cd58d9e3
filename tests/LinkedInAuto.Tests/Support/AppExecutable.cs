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

        // Running `dotnet test` by hand: the most recently built of the published folder and the product's own build
        // output (never a stale publish after a rebuild). The apphost copied into the test output is not a candidate:
        // it lacks dependencies that only the product's build output carries.
        string[] candidates =
        [
            System.IO.Path.Combine(RepositoryPaths.Root, "dist", "linux-x64", "linkedin-auto"),
            System.IO.Path.Combine(RepositoryPaths.Root, "src", "LinkedInAuto", "bin", "Debug", "net10.0", "linkedin-auto"),
            System.IO.Path.Combine(RepositoryPaths.Root, "src", "LinkedInAuto", "bin", "Release", "net10.0", "linkedin-auto"),
        ];
        return candidates
            .Where(File.Exists)
            .OrderByDescending(path => File.GetLastWriteTimeUtc(path + ".dll"))
            .FirstOrDefault()
            ?? throw new FileNotFoundException("linkedin-auto not found: run ./build.sh test (or ./build.sh publish)", candidates[0]);
    }
}
