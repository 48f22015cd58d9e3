using LinkedInAuto.Pages.States;
using LinkedInAuto.Pages.Text;

namespace LinkedInAuto.Tests.Pages;

/// <summary>The classification order of docs/linkedin-pages.md §2 on synthetic signals; real pages are covered against the fake LinkedIn.</summary>
public sealed class PageStateClassifierTests
{
    private static readonly PageExpectation s_birthdays = PageExpectation.Paths("/mynetwork/catch-up/");

    [Theory]
    [InlineData("/mynetwork/catch-up/birthday/", PageState.LoggedIn)]
    [InlineData("/feed/", PageState.Unexpected)]
    public void LoggedInShell_OnExpectedPathOnly(string path, PageState expected) =>
        Assert.Equal(expected, Classify(LoggedIn(path)).State);

    [Fact]
    public void RedirectLoop_IsACheckpoint() =>
        Assert.Equal(PageState.Checkpoint, Classify(LoggedIn("/login") with { NavigationError = "net::ERR_TOO_MANY_REDIRECTS at https://x" }).State);

    [Theory]
    [InlineData(429)]
    [InlineData(999)]
    [InlineData(503)]
    public void BlockingStatus_IsThrottled(int status) =>
        Assert.Equal(PageState.Throttled, Classify(LoggedIn("/feed/") with { HttpStatus = status }).State);

    [Theory]
    [InlineData("Let’s do a quick security check")]
    [InlineData("Vérifiez votre identité")]
    public void CheckpointPath_WinsEvenWithNavigation(string heading) =>
        Assert.Equal(PageState.Checkpoint, Classify(LoggedIn("/checkpoint/challenge/AgF3x") with { Heading = PageText.Normalize(heading) }).State);

    [Theory]
    [InlineData("Check your email", "en")]
    [InlineData("Vérifiez votre téléphone", "fr")]
    public void VerificationHeading_WithoutNavigation_IsACheckpoint(string heading, string language) =>
        Assert.Equal(PageState.Checkpoint, Classify(Bare("/uas/verify") with { Heading = PageText.Normalize(heading), Language = language }).State);

    [Fact]
    public void Captcha_IsACheckpoint() =>
        Assert.Equal(PageState.Checkpoint, Classify(LoggedIn("/mynetwork/catch-up/birthday/") with { HasCaptcha = true }).State);

    [Theory]
    [InlineData("Your account has been restricted")]
    [InlineData("Votre compte a été restreint")]
    public void RestrictedText_OnCheckpointPath_IsRestricted(string text) =>
        Assert.Equal(PageState.Restricted, Classify(Bare("/checkpoint/restricted/") with { BodyText = PageText.Normalize(text) }).State);

    [Theory]
    [InlineData("/login")]
    [InlineData("/uas/login")]
    [InlineData("/authwall")]
    [InlineData("/")]
    public void LoginPaths_AreSessionExpired(string path) =>
        Assert.Equal(PageState.SessionExpired, Classify(Bare(path) with { HasLoginForm = true }).State);

    [Fact]
    public void WeeklyLimitDialog_IsWeeklyLimit() =>
        Assert.Equal(PageState.WeeklyLimit, Classify(LoggedIn("/mynetwork/catch-up/birthday/") with { HasWeeklyLimit = true }).State);

    [Fact]
    public void ErrorToast_IsActionRejected() =>
        Assert.Equal(PageState.ActionRejected, Classify(LoggedIn("/mynetwork/catch-up/birthday/") with { HasErrorToast = true }).State);

    [Fact]
    public void SearchPromo_OnSearch_IsSearchLimit() =>
        Assert.Equal(PageState.SearchLimit, LinkedInAuto.Pages.States.PageStateClassifier.Classify(LoggedIn("/search/results/people/") with { HasSearchLimit = true }, PageExpectation.Any).State);

    [Theory]
    [InlineData("Something went wrong. Try again later.")]
    [InlineData("Un problème est survenu")]
    public void ShortPageWithoutMain_IsThrottled(string text) =>
        Assert.Equal(PageState.Throttled, Classify(Bare("/mynetwork/catch-up/birthday/") with { BodyText = PageText.Normalize(text), BodyTextLength = text.Length }).State);

    [Theory]
    [InlineData("This page doesn’t exist")]
    [InlineData("Cette page n’existe pas")]
    public void NotFoundText_IsNotFound(string text) =>
        Assert.Equal(PageState.NotFound, Classify(LoggedIn("/in/nobody-here/") with { BodyText = PageText.Normalize(text) }).State);

    [Fact]
    public void GrowingNetworkPopup_IsBenign() =>
        Assert.Equal(PageState.BenignPopup, Classify(LoggedIn("/mynetwork/catch-up/birthday/") with { HasBenignPopup = true }).State);

    [Fact]
    public void UnknownDialog_IsUnexpected_UnlessTheStepOpenedOne()
    {
        var signals = LoggedIn("/mynetwork/catch-up/birthday/") with { HasDialog = true };

        Assert.Equal(PageState.Unexpected, Classify(signals).State);
        Assert.Equal(PageState.LoggedIn, PageStateClassifier.Classify(signals, s_birthdays.WithDialog()).State);
    }

    [Fact]
    public void NoNavigation_IsUnexpected() =>
        Assert.Equal(PageState.Unexpected, Classify(Bare("/mynetwork/catch-up/birthday/") with { HasMain = true, BodyTextLength = 5000 }).State);

    [Fact]
    public void NeedsAttention_OnlyForAccountDangers()
    {
        Assert.True(new PageClassification(PageState.Checkpoint, string.Empty, null).NeedsAttention);
        Assert.True(new PageClassification(PageState.SessionExpired, string.Empty, null).NeedsAttention);
        Assert.True(new PageClassification(PageState.Restricted, string.Empty, null).NeedsAttention);
        Assert.False(new PageClassification(PageState.WeeklyLimit, string.Empty, null).NeedsAttention);
    }

    private static PageClassification Classify(PageSignals signals) => PageStateClassifier.Classify(signals, s_birthdays);

    private static PageSignals LoggedIn(string path) => Bare(path) with { HasNav = true, HasMe = true, HasMain = true, BodyTextLength = 5000 };

    private static PageSignals Bare(string path) => new() { Url = new Uri("https://www.linkedin.com" + path) };
}
