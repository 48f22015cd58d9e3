using LinkedInAuto.Pages.Text;

namespace LinkedInAuto.Pages.States;

/// <summary>Names the state of a page from its signals, in the order of docs/linkedin-pages.md §2: the first hit wins.</summary>
/// <remarks>
/// Structure and URL come first; text is the last resort and exists in EN and FR. Danger wins over everything:
/// a checkpoint page that also shows the navigation is still a checkpoint.
/// </remarks>
public static class PageStateClassifier
{
    private static readonly string[] s_checkpointHeadings = ["check your", "vérifiez votre", "verifiez votre", "let's do a quick security check", "vérification de sécurité"];
    private static readonly string[] s_restricted = ["your account has been restricted", "votre compte a été restreint", "votre compte a ete restreint", "account restricted", "compte restreint"];
    private static readonly string[] s_throttle = ["too many requests", "rate limit", "slow down", "try again later", "something went wrong", "un problème est survenu", "réessayez plus tard", "trop de requêtes"];
    private static readonly string[] s_notFound = ["this page doesn't exist", "this page does not exist", "cette page n'existe pas", "page not found", "page introuvable"];
    private static readonly string[] s_sessionPaths = ["/login", "/uas/login", "/uas/authenticate", "/authwall", "/signup", "/checkpoint/rm/sign-in"];

    /// <summary>Classifies <paramref name="signals"/> for a step expecting <paramref name="expectation"/>.</summary>
    public static PageClassification Classify(PageSignals signals, PageExpectation expectation)
    {
        var path = signals.Url.AbsolutePath;
        var url = signals.Url;
        var error = signals.NavigationError ?? string.Empty;
        if (error.Contains("ERR_TOO_MANY_REDIRECTS", StringComparison.Ordinal))
        {
            return new(PageState.Checkpoint, "redirect loop between login and checkpoint", url);
        }

        if (signals.HttpStatus is 429 or 999 or >= 500 || error.Length > 0)
        {
            return new(PageState.Throttled, error.Length > 0 ? "navigation failed: " + error : $"HTTP {signals.HttpStatus}", url);
        }

        var text = signals.BodyText;
        if (path.StartsWith("/checkpoint/", StringComparison.OrdinalIgnoreCase) && !path.StartsWith("/checkpoint/rm/sign-in", StringComparison.OrdinalIgnoreCase))
        {
            return Contains(text, s_restricted)
                ? new(PageState.Restricted, "restricted-account page", url)
                : new(PageState.Checkpoint, "checkpoint path " + path, url);
        }

        if (signals.HasCaptcha || signals.HasPin)
        {
            return new(PageState.Checkpoint, signals.HasCaptcha ? "captcha shown" : "verification PIN requested", url);
        }

        if (!signals.HasNav && Contains(text, s_restricted))
        {
            return new(PageState.Restricted, "restricted-account text", url);
        }

        if (!signals.HasNav && Contains(signals.Heading, s_checkpointHeadings))
        {
            return new(PageState.Checkpoint, "verification page: " + signals.Heading, url);
        }

        if (s_sessionPaths.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)) || (path == "/" && !signals.HasNav))
        {
            return new(PageState.SessionExpired, "redirected to " + path, url);
        }

        if (signals.HasLoginForm && !signals.HasNav)
        {
            return new(PageState.SessionExpired, "login form shown", url);
        }

        if (signals.HasWeeklyLimit)
        {
            return new(PageState.WeeklyLimit, "weekly invitation limit dialog", url);
        }

        if (signals.HasErrorToast)
        {
            return new(PageState.ActionRejected, "error toast", url);
        }

        if (signals.HasSearchLimit && path.StartsWith("/search/results/", StringComparison.OrdinalIgnoreCase))
        {
            return new(PageState.SearchLimit, "monthly search limit", url);
        }

        if (!signals.HasMain && (signals.BodyTextLength < 2000 || Contains(text, s_throttle)))
        {
            return new(PageState.Throttled, "error page without main content", url);
        }

        if (path.StartsWith("/404", StringComparison.OrdinalIgnoreCase) || Contains(text, s_notFound))
        {
            return new(PageState.NotFound, "page does not exist", url);
        }

        if (signals.HasNav && signals.HasMe)
        {
            if (signals.HasBenignPopup)
            {
                return new(PageState.BenignPopup, "known harmless popup", url);
            }

            if (signals.HasDialog && !expectation.DialogExpected)
            {
                return new(PageState.Unexpected, "unknown dialog", url);
            }

            return expectation.Accepts(path)
                ? new(PageState.LoggedIn, "logged in", url)
                : new(PageState.Unexpected, $"unexpected path {path}", url);
        }

        return new(PageState.Unexpected, signals.HasNav ? "navigation without the member menu" : "no LinkedIn navigation", url);
    }

    private static bool Contains(string text, IEnumerable<string> phrases) =>
        phrases.Any(p => PageText.ContainsWord(text, p));
}
