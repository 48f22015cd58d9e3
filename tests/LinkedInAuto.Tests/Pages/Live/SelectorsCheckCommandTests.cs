using System.Text.Json;
using FakeLinkedIn;
using LinkedInAuto.Tests.Session;

namespace LinkedInAuto.Tests.Pages.Live;

/// <summary>`linkedin-auto selectors check` run in-process against the French fake, with a session imported through the CLI.</summary>
[Collection(FrenchSiteDefinition.Name)]
public sealed class SelectorsCheckCommandTests(FrenchSiteFixture fixture) : IDisposable
{
    private static readonly string[] s_pages = ["feed", "birthdays", "profile", "compose", "invitations received", "invitations sent", "people search"];

    private readonly CliSandbox _cli = new();

    private FakeLinkedInServer Fake => fixture.Site.Fake;

    [Fact]
    public async Task Check_OnTheFake_FindsEveryElementByItsFirstSelectorAndChangesNothing()
    {
        await ImportSessionAsync(Builds.First);

        var (code, output, error) = await _cli.RunAsync(["selectors", "check"]);

        Assert.True(code == 0, output + error);
        Assert.Equal(string.Empty, error);
        Assert.Equal(32, output.Split('\n').Count(line => line.Contains("│ primary", StringComparison.Ordinal)));
        Assert.Contains("selectors: ", output, StringComparison.Ordinal);
        Assert.All(s_pages, page => Assert.Contains(page, output, StringComparison.Ordinal));
        Assert.DoesNotContain("missing", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("not checked", output, StringComparison.Ordinal);
        var actions = Fake.Actions.Snapshot();
        Assert.DoesNotContain(actions, a => a.IsStateChanging);
        Assert.Single(actions, a => a.Kind == "search");
        Assert.Single(actions, a => a.Kind == "profile_viewed");
    }

    [Fact]
    public async Task Check_OtherBuildWithTheComposerRemoved_Exits1NamingIt_AndWarnsOfFallbacks()
    {
        await ImportSessionAsync(Builds.Variant);
        Fake.Faults.Composer = "missing";

        var (code, output, error) = await _cli.RunAsync(["selectors", "check", "--json"]);

        Assert.Equal(1, code);
        Assert.Contains(
            "warning: found only by a fallback alternative, LinkedIn may have changed:\n  profile.name: #2 h2\n  invitations.card: #2 li.invitation-card\n" +
            "  sent.item: #2 div.invitation-card\n  sent.time: #2 span.time-badge\n",
            error,
            StringComparison.Ordinal);
        Assert.Contains("linkedin-auto: 2 elements missing:", error, StringComparison.Ordinal);
        Assert.Contains("  messaging.composer on the compose page (conversation pane)", error, StringComparison.Ordinal);
        Assert.Contains("  messaging.send on the compose page (conversation pane): no Send button", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("ok").GetBoolean());
        var compose = json.RootElement.GetProperty("pages").EnumerateArray().Single(p => p.GetProperty("page").GetString() == "compose");
        var composer = compose.GetProperty("elements").EnumerateArray().Single(e => e.GetProperty("element").GetString() == "messaging.composer");
        Assert.Equal("missing", composer.GetProperty("health").GetString());
        Assert.Equal(7, json.RootElement.GetProperty("pages").GetArrayLength());
    }

    [Fact]
    public async Task Check_OnTheSecondMarkup_FindsEveryElement_AndNamesTheAlternativeThatMatchedEachFallback()
    {
        await ImportSessionAsync(Builds.Second);

        var (code, output, error) = await _cli.RunAsync(["selectors", "check", "--json"]);

        Assert.True(code == 0, output + error);
        using var json = JsonDocument.Parse(output);
        var fallbacks = json.RootElement.GetProperty("pages").EnumerateArray()
            .SelectMany(p => p.GetProperty("elements").EnumerateArray())
            .Where(e => e.GetProperty("health").GetString() == "fallback")
            .ToDictionary(e => e.GetProperty("element").GetString()!, e => (e.GetProperty("alternative").GetInt32(), e.GetProperty("matched").GetString()));
        var expected = new Dictionary<string, (int, string?)>
        {
            ["birthday.card"] = (4, "li, [role=\"listitem\"] containing birthday.profile_link"),
            ["birthday.name"] = (3, "a[href*=\"/messaging/compose\"], button, [role=\"button\"] [label reads \"Send message to {name}\"]"),
            ["profile.headline"] = (4, "the top card's lines under the name (no selector matched)"),
            ["profile.location"] = (3, "the top card's lines under the name (no selector matched)"),
            ["profile.degree"] = (3, "span, div [text is \"1st\"] (innermost)"),
            ["profile.experience_section"] = (2, "section [text starts \"Experience\"]"),
            ["profile.experience_item"] = (3, "li:not(li li)"),
            ["messaging.page_header"] = (2, "header h2"),
            ["invitations.card"] = (4, "li, [role=\"listitem\"] containing invitations.accept"),
            ["invitations.inviter_name"] = (3, "button, [role=\"button\"] [label reads \"Accept {name}'s invitation\"]"),
            ["sent.item"] = (5, "li, [role=\"listitem\"] containing sent.withdraw + sent.link"),
            ["sent.name"] = (4, "button, [role=\"button\"] [label reads \"Withdraw invitation sent to {name}\"]"),
            ["sent.time"] = (4, "p, span, div [text starts \"Sent\"] (innermost)"),
            ["search.result"] = (4, "li, [role=\"listitem\"] containing search.result_link"),
            ["search.result_link"] = (4, "a[href*=\"/in/\"]"),
            ["search.result_name"] = (4, "a[href*=\"/in/\"]"),
            ["search.next"] = (2, "button [label is \"Next\"]"),
        };
        Assert.Equal(expected.OrderBy(e => e.Key), fallbacks.OrderBy(e => e.Key));
        Assert.Contains("  sent.item: #5 li, [role=\"listitem\"] containing sent.withdraw + sent.link\n", error, StringComparison.Ordinal);
        Assert.DoesNotContain(Fake.Actions.Snapshot(), a => a.IsStateChanging);
    }

    [Fact]
    public async Task Check_OnACheckpoint_StopsAtOnceAndOpensNothingElse()
    {
        await ImportSessionAsync(Builds.First);
        Fake.Faults.CheckpointNow = true;

        var (code, _, error) = await _cli.RunAsync(["selectors", "check"]);

        Assert.Equal(1, code);
        Assert.StartsWith("linkedin-auto: stopped on the feed page, which is not the logged-in page: Checkpoint (checkpoint path /checkpoint/challenge/AQHn", error, StringComparison.Ordinal);
        Assert.Contains("Nothing else was opened. LinkedIn asks for a security check", error, StringComparison.Ordinal);
        Assert.Empty(Fake.Actions.Snapshot());
    }

    [Fact]
    public async Task Check_UnknownOption_IsAUsageError()
    {
        var (code, _, error) = await _cli.RunAsync(["selectors", "check", "--bogus"]);

        Assert.Equal(2, code);
        Assert.Contains("--bogus", error, StringComparison.Ordinal);
    }

    /// <inheritdoc/>
    public void Dispose() => _cli.Dispose();

    // Resets the fake and imports its li_at with `auth import`, as a user would; fast input and a short wait for
    // late content keep the run short.
    private async Task ImportSessionAsync(string build)
    {
        fixture.Site.Reset(build);
        Fake.Faults.LazyPageSize = 5;
        _cli.Write("config.yaml", $"time_zone: Europe/Paris\nlinkedin:\n  base_url: {Fake.BaseUrl}\nbrowser:\n  action_timeout: 3s\n  human:\n    fast: true\n");
        var (code, output, error) = await _cli.RunAsync(["auth", "import", "--li-at", "-"], Fake.SessionCookieValue + "\n");
        Assert.True(code == 0, output + error);
    }
}
