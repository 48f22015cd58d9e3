using System.Globalization;
using LinkedInAuto.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace LinkedInAuto.Engine;

/// <summary>Keeps a viewport screenshot and a DOM snapshot of pages that stopped a step, under `$STATE_DIRECTORY/debug/`, within a count and size cap.</summary>
/// <remarks>Both caps protect the SD card: a bot stuck on a changed page must not fill it with screenshots.</remarks>
public sealed partial class EvidenceCollector(AppDirectories directories, TimeProvider time, ILogger<EvidenceCollector> logger)
{
    /// <summary>The most evidence files kept (screenshots and snapshots together).</summary>
    public const int MaxFiles = 60;

    /// <summary>The most bytes kept.</summary>
    public const long MaxBytes = 40L * 1024 * 1024;

    /// <summary>Saves a screenshot and the DOM of <paramref name="page"/>; never throws.</summary>
    /// <returns>The path prefix of the saved files, or null when nothing could be saved.</returns>
    public async Task<string?> SaveAsync(IPage page, string reason)
    {
        try
        {
            Directory.CreateDirectory(directories.DebugDirectory);
            var stamp = time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
            var name = Path.Combine(directories.DebugDirectory, stamp + "-" + Slug(reason));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = name + ".png", Type = ScreenshotType.Png, Timeout = 10_000 });
            await File.WriteAllTextAsync(name + ".html", $"<!-- {page.Url} -->\n" + await page.ContentAsync());
            Rotate();
            LogSaved(reason, name);
            return name;
        }
        catch (Exception ex) when (ex is PlaywrightException or IOException or UnauthorizedAccessException or TimeoutException)
        {
            LogFailed(reason, ex.Message);
            return null;
        }
    }

    private void Rotate()
    {
        var files = new DirectoryInfo(directories.DebugDirectory).GetFiles().OrderByDescending(f => f.LastWriteTimeUtc).ToList();
        long total = 0;
        for (var i = 0; i < files.Count; i++)
        {
            total += files[i].Length;
            if (i >= MaxFiles || total > MaxBytes)
            {
                files[i].Delete();
            }
        }
    }

    private static string Slug(string reason)
    {
        var chars = reason.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var slug = new string(chars).Trim('-');
        return slug.Length > 48 ? slug[..48] : slug;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Saved evidence of {Reason} to {EvidencePath}.png/.html")]
    private partial void LogSaved(string reason, string evidencePath);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not save evidence of {Reason}: {Error}")]
    private partial void LogFailed(string reason, string error);
}
