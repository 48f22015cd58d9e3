using System.Text;
using LinkedInAuto.Session;

namespace LinkedInAuto.Tests.Session;

/// <summary>A cookie source that must be rejected: how to create it, the format forced (if any), and what the message must say.</summary>
/// <param name="Content">The file's bytes; null for a file that does not exist.</param>
/// <param name="IsDirectory">Whether the path is a directory instead of a file.</param>
/// <param name="Format">The --format given.</param>
/// <param name="Fragments">Texts the message must contain (besides the file's path).</param>
public sealed record MalformedInput(byte[]? Content, bool IsDirectory, SessionFormat Format, params string[] Fragments);

/// <summary>The catalogue of bad inputs; none may change a saved session.</summary>
public static class MalformedInputs
{
    private const string Secret = "SECRET-BAD-INPUT-VALUE-42";

    private static readonly DateTimeOffset s_future = SessionSamples.Now.AddDays(200);

    /// <summary>Gets every case by name.</summary>
    public static IReadOnlyDictionary<string, MalformedInput> All { get; } = new Dictionary<string, MalformedInput>
    {
        ["no li_at"] = Text(Netscape(".linkedin.com", "bcookie", Secret), "no li_at cookie for linkedin.com among its 1 cookie"),
        ["li_at for .linkedin.com.evil.org"] = Text(Netscape(".linkedin.com.evil.org", "li_at", Secret), "the li_at cookie is for .linkedin.com.evil.org, not linkedin.com"),
        ["li_at for notlinkedin.com"] = Text(Netscape("notlinkedin.com", "li_at", Secret), "the li_at cookie is for .notlinkedin.com, not linkedin.com"),
        ["truncated JSON"] = Text(SessionSamples.CookieEditor(SessionSamples.Now)[..200], "the JSON ends early (truncated file?)", "expected a Cookie-Editor"),
        ["broken JSON"] = Text("[{\"name\": \"li_at\", \"value\": \"" + Secret + "\" \"domain\": \".linkedin.com\"}]", "line 1, column", "not valid JSON"),
        ["binary garbage"] = new([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0xff, 0xfe, 0x80], false, SessionFormat.Auto, "is not a text file (binary data at byte 7)"),
        ["invalid UTF-8"] = new([0x5b, 0x7b, 0xc3, 0x28, 0x7d, 0x5d], false, SessionFormat.Auto, "is not a text file (binary data at byte 3)"),
        ["empty file"] = Text(string.Empty, "is empty", "expected a Playwright storage state"),
        ["whitespace only"] = Text("  \n\t\r\n  \n", "is empty"),
        ["expired-only cookies"] = Text(Netscape(".linkedin.com", "li_at", Secret, SessionSamples.Now.AddDays(-3)), "the li_at cookie expired on 2025-05-29 10:00 UTC"),
        ["li_at with control characters"] = Text("[{\"domain\": \".linkedin.com\", \"name\": \"li_at\", \"value\": \"AQED\\u0007" + Secret + "\"}]", "cookie #1: the li_at value contains control characters"),
        ["li_at with a space (Netscape line)"] = Text("# Netscape HTTP Cookie File\n\n" + Netscape(".linkedin.com", "li_at", "AQED " + Secret), "line 3: the li_at value contains spaces"),
        ["empty li_at"] = Text(Netscape(".www.linkedin.com", "li_at", string.Empty), "line 1: the li_at value is empty"),
        ["absurdly long li_at"] = Text(Netscape(".www.linkedin.com", "li_at", new string('A', 5000)), "the li_at value is 5000 characters long"),
        ["Netscape line with 5 fields"] = Text("# Netscape HTTP Cookie File\n#comment\n.linkedin.com\tTRUE\t/\tTRUE\t" + Secret + "\n", "line 3: expected 7 tab-separated fields", "found 5 fields"),
        ["Netscape flag not TRUE/FALSE"] = Text(".linkedin.com\tyes\t/\tTRUE\t0\tli_at\t" + Secret + "\n", "line 1: the include-subdomains (field 2) is neither TRUE nor FALSE"),
        ["Netscape expiry not a number"] = Text(".linkedin.com\tTRUE\t/\tTRUE\tsoon\tli_at\t" + Secret + "\n", "line 1: the expiry (field 5) is not a number"),
        ["object where an array is expected"] = new(Encoding.UTF8.GetBytes("{\"cookies\": []}"), false, SessionFormat.CookieEditor, "found an object at the top level", "expected a Cookie-Editor or EditThisCookie export"),
        ["array where an object is expected"] = new(Encoding.UTF8.GetBytes("[]"), false, SessionFormat.Playwright, "found an array at the top level", "expected a Playwright storage state"),
        ["storage state without cookies array"] = Text("{\"cookies\": {\"li_at\": \"" + Secret + "\"}, \"origins\": []}", "no \"cookies\" array"),
        ["cookie without value"] = Text("[{\"domain\": \".linkedin.com\", \"name\": \"li_at\"}]", "cookie #1: \"value\" is missing; expected a string"),
        ["cookie that is not an object"] = Text("[\"li_at=" + Secret + "\"]", "cookie #1: expected a JSON object with name, value and domain, found a string"),
        ["no cookies at all"] = Text("{\"cookies\": [], \"origins\": []}", "holds no cookies"),
        ["unrecognised text"] = Text("li_at=" + Secret + "; JSESSIONID=x\n", "not a recognised cookie export", "(or pass --format)"),
        ["a directory"] = new(null, true, SessionFormat.Auto, "is a directory"),
        ["a missing file"] = new(null, false, SessionFormat.Auto, "not found"),
    };

    /// <summary>Gets every secret a case contains, which no message may repeat.</summary>
    public static IReadOnlyList<string> Secrets { get; } = [Secret, "AQED " + Secret, new string('A', 5000)];

    private static MalformedInput Text(string text, params string[] fragments) => new(Encoding.UTF8.GetBytes(text), false, SessionFormat.Auto, fragments);

    private static string Netscape(string domain, string name, string value, DateTimeOffset? expires = null) =>
        $"{domain}\tTRUE\t/\tTRUE\t{SessionSamples.Unix(expires ?? s_future)}\t{name}\t{value}\n";
}
