using System.Globalization;
using System.Text.Json;
using FakeLinkedIn;
using LinkedInAuto.Configuration;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;

namespace LinkedInAuto.Tests.Bots.Live;

/// <summary>A list that should not be empty is never "nothing to do": unrecognisable lists stop the run, LinkedIn's empty state does not.</summary>
public sealed class ListRecognitionTests
{
    private static readonly (string Today, string Late) s_messages = ("Happy birthday {first_name}!\n", "Happy belated birthday, {first_name}!\n");

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task UnrecognisableSentList_StopsAsPageNotUnderstood_WithEvidenceAndAnAlert_AndTheAccountUntouched(string language)
    {
        using var webhook = new WebhookListener();
        await using var fake = await FakeLinkedInServer.StartAsync(Scenario.Parse(InvitationScenario.Yaml(language, LiveFakes.Today)));
        fake.Faults.Markup = "unknown"; // items neither the classes nor the list structure reveal; the Withdraw buttons are there
        await using var harness = await BotHarness.CreateAsync(fake, c =>
        {
            InvitationScenario.Configure(c);
            c.Invitations.Received.Enabled = false;
            c.Alerts.WebhookUrl = new Uri(webhook.Url + "linkedin");
        });

        var result = await harness.RunAsync("invitations");
        var alert = webhook.ReceiveAsync(1);
        await harness.FinishAsync(result);

        Assert.Equal(RunOutcome.Failed, result.Outcome);
        Assert.StartsWith("page not understood: no sent invitations recognised on /mynetwork/invitation-manager/sent/, 6 sent.withdraw control(s) but no item around them", result.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(fake.Actions.Snapshot(), a => a.IsStateChanging);
        Assert.Empty(await harness.InvitationsAsync());
        Assert.Empty(await harness.LedgerAsync());
        Assert.Equal(AccountState.Ok, (await harness.Get<AccountStateStore>().GetCurrentAsync()).State);
        AssertEvidence(harness, result.Reason!);
        using var body = JsonDocument.Parse(Assert.Single(await alert));
        Assert.Equal("page_not_understood", body.RootElement.GetProperty("event").GetString());
        Assert.Contains("no sent invitations recognised", body.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("invitations", "no received invitations recognised on /mynetwork/invitation-manager/received/")]
    [InlineData("visitor", "no search results recognised on /search/results/people/")]
    [InlineData("birthday", "no birthday cards recognised on /mynetwork/catch-up/birthday/")]
    public async Task EveryUnrecognisableList_StopsTheRunBeforeAnyAction(string bot, string reason)
    {
        await using var setup = await StartAsync(bot, "fr", empty: false);
        setup.Fake.Faults.Markup = "unknown";

        var result = await setup.Harness.RunAsync(bot);

        Assert.Equal(RunOutcome.Failed, result.Outcome);
        Assert.StartsWith("page not understood: " + reason, result.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(setup.Fake.Actions.Snapshot(), a => a.IsStateChanging || a.Kind == FakeActionKinds.ProfileViewed);
        Assert.Empty(await setup.Harness.LedgerAsync());
        AssertEvidence(setup.Harness, result.Reason!);
    }

    [Theory]
    [InlineData("invitations", "en", "a", "No sent invitations: LinkedIn shows the list empty; nothing to withdraw")]
    [InlineData("invitations", "fr", "b", "No sent invitations: LinkedIn shows the list empty; nothing to withdraw")]
    [InlineData("birthday", "fr", "a", "No birthday cards: LinkedIn shows the list empty; no birthday to wish")]
    [InlineData("birthday", "en", "b", "No birthday cards: LinkedIn shows the list empty; no birthday to wish")]
    [InlineData("visitor", "en", "a", "No search results: LinkedIn shows the list empty; no result on this page")]
    [InlineData("visitor", "fr", "b", "No search results: LinkedIn shows the list empty; no result on this page")]
    public async Task LinkedInsEmptyState_IsNothingToDo_AndTheRunSucceeds(string bot, string language, string markup, string said)
    {
        await using var setup = await StartAsync(bot, language, empty: true);
        setup.Fake.Faults.Markup = markup;

        var result = await setup.Harness.RunAsync(bot);

        Assert.True(result.Outcome == RunOutcome.Succeeded, result.Reason);
        Assert.Equal((0, 0, 0), (result.Counts.Done, result.Counts.Skipped, result.Counts.Failed));
        Assert.Contains(setup.Harness.Events.Events, e => e.Message == said);
        Assert.DoesNotContain(setup.Fake.Actions.Snapshot(), a => a.IsStateChanging);
    }

    private static void AssertEvidence(BotHarness harness, string reason)
    {
        var debug = Path.Combine(harness.Root, "state", "debug");
        var files = Directory.GetFiles(debug, "*page-not-understood*").Select(Path.GetFileName).ToList();
        Assert.Contains(files, f => f!.EndsWith(".png", StringComparison.Ordinal));
        Assert.Contains(files, f => f!.EndsWith(".html", StringComparison.Ordinal));
        Assert.Contains(Path.Combine(debug, Path.GetFileNameWithoutExtension(files[0])!), reason, StringComparison.Ordinal);
    }

    // A fake and an installation for one bot: its usual scenario, or one whose lists are all empty.
    private static async Task<Setup> StartAsync(string bot, string language, bool empty)
    {
        if (bot == "birthday")
        {
            var yaml = empty ? EmptyYaml(language, LiveFakes.Today) : BirthdayScenario.Yaml(language);
            var site = await BirthdaySite.StartAsync(yaml, DateTimeOffset.UtcNow, s_messages);
            return new Setup(site.Fake, site.Product, site);
        }

        var fake = await FakeLinkedInServer.StartAsync(Scenario.Parse(empty ? EmptyYaml(language, LiveFakes.Today)
            : bot == "visitor" ? VisitorScenario.Yaml(language, LiveFakes.Today) : InvitationScenario.Yaml(language, LiveFakes.Today)));
        Action<AppConfig> configure = bot == "visitor" ? VisitorScenario.Configure : InvitationScenario.Configure;
        return new Setup(fake, await BotHarness.CreateAsync(fake, configure), null);
    }

    // No birthday, no invitation either way, nobody the search finds.
    private static string EmptyYaml(string language, DateOnly today) => $"""
        language: {language}
        today: {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}
        time_zone: {LiveFakes.TimeZone}
        class_seed: empty-{language}
        me: {"{"} slug: camille-durand, name: Camille Durand, headline: DevOps {"}"}
        people:
          - {"{"} slug: paul-girard, name: Paul Girard, headline: SRE, degree: 2, tags: [SRE] {"}"}
        """;

    private sealed record Setup(FakeLinkedInServer Fake, BotHarness Harness, BirthdaySite? Site) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (Site is not null)
            {
                await Site.DisposeAsync();
                return;
            }

            await Harness.DisposeAsync();
            await Fake.DisposeAsync();
        }
    }
}
