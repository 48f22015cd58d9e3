namespace LinkedInAuto.Session;

/// <summary>Where the cookies of an import come from.</summary>
public enum SessionFormat
{
    /// <summary>Detect the format from the content.</summary>
    Auto,

    /// <summary>A Playwright storage state: <c>{"cookies": [...], "origins": [...]}</c>.</summary>
    Playwright,

    /// <summary>A JSON array exported by the Cookie-Editor or EditThisCookie browser extensions.</summary>
    CookieEditor,

    /// <summary>A Netscape <c>cookies.txt</c> (curl, wget, yt-dlp, "Get cookies.txt" extensions).</summary>
    Netscape,

    /// <summary>A bare <c>li_at</c> value given with <c>--li-at</c>.</summary>
    LiAtValue,
}

/// <summary>Command-line names and human descriptions of <see cref="SessionFormat"/>.</summary>
public static class SessionFormats
{
    /// <summary>Gets the names accepted by <c>auth import --format</c>.</summary>
    public static IReadOnlyList<string> ImportNames { get; } = ["auto", "playwright", "cookie-editor", "netscape"];

    /// <summary>Gets the one-line description of what an import accepts, used in error messages.</summary>
    public static string Expected =>
        "expected a Playwright storage state (JSON object with \"cookies\"), a Cookie-Editor or EditThisCookie export " +
        "(JSON array of cookies) or a Netscape cookies.txt (7 tab-separated fields per line), holding the li_at cookie of linkedin.com";

    /// <summary>Parses a command-line name; null when unknown.</summary>
    public static SessionFormat? Parse(string? name) => name switch
    {
        "auto" or null or "" => SessionFormat.Auto,
        "playwright" => SessionFormat.Playwright,
        "cookie-editor" => SessionFormat.CookieEditor,
        "netscape" => SessionFormat.Netscape,
        _ => null,
    };

    /// <summary>Returns the command-line name of <paramref name="format"/>.</summary>
    public static string ToName(this SessionFormat format) => format switch
    {
        SessionFormat.Playwright => "playwright",
        SessionFormat.CookieEditor => "cookie-editor",
        SessionFormat.Netscape => "netscape",
        SessionFormat.LiAtValue => "li-at",
        _ => "auto",
    };

    /// <summary>Returns a human description of <paramref name="format"/>.</summary>
    public static string Describe(this SessionFormat format) => format switch
    {
        SessionFormat.Playwright => "Playwright storage state",
        SessionFormat.CookieEditor => "Cookie-Editor / EditThisCookie JSON",
        SessionFormat.Netscape => "Netscape cookies.txt",
        SessionFormat.LiAtValue => "li_at value",
        _ => "auto-detected",
    };
}
