namespace LinkedInAuto.Tests.Storage;

/// <summary>Finds the built child programs next to this test assembly's build (same configuration and target framework).</summary>
internal static class TestBinaries
{
    private static readonly DirectoryInfo s_output = new(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));

    /// <summary>Gets the crash writer (tests/LinkedInAuto.CrashWriter), built through the test project's reference.</summary>
    public static string CrashWriter => Find("tests", "LinkedInAuto.CrashWriter", "LinkedInAuto.CrashWriter.dll");

    /// <summary>Gets the product executable's assembly (src/LinkedInAuto).</summary>
    public static string Cli => Find("src", "LinkedInAuto", "linkedin-auto.dll");

    private static string Find(string folder, string project, string assembly)
    {
        var root = s_output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "LinkedInAuto.sln")))
        {
            root = root.Parent;
        }

        var path = Path.Combine(root?.FullName ?? throw new InvalidOperationException("LinkedInAuto.sln not found above " + s_output), folder, project, "bin", s_output.Parent!.Name, s_output.Name, assembly);
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first.", path);
    }
}
