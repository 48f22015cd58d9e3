namespace LinkedInAuto.Doctor;

/// <summary>Text helpers for one-line details.</summary>
internal static class DoctorText
{
    /// <summary>The first non-empty line of a program's or an exception's message, at most 300 characters.</summary>
    public static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;
        return line.Length > 300 ? line[..300] + "…" : line;
    }
}
