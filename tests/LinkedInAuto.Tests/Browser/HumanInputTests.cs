using System.Text.Json;
using Microsoft.Playwright;

namespace LinkedInAuto.Tests.Browser;

[Collection(SharedBrowserDefinition.Name)]
public sealed class HumanInputTests(BrowserFixture fixture)
{
    private IPage Page => fixture.Session.Page;

    [Fact]
    public async Task ClickAsync_Button_SendsTrustedMouseEventsInsideIt()
    {
        await fixture.Session.Navigator.GotoAsync("/input");

        await fixture.Session.Input.ClickAsync(Page.Locator("#target"));

        var events = await EventsAsync();
        var moves = events.Where(e => e.Type == "mousemove").ToList();
        var press = events.Where(e => e.Type is "mousedown" or "mouseup" or "click").ToList();
        Assert.True(moves.Count >= 6, $"expected a pointer path, got {moves.Count} moves");
        Assert.True(press.Select(e => e.Type).SequenceEqual(["mousedown", "mouseup", "click"]), string.Join("\n", events));
        Assert.All(events, e => Assert.True(e.Trusted, e.Type));
        Assert.All(press, e => Assert.Equal("target", e.Target));

        // #target is at (300, 200), 160×48: the click lands in its middle half.
        Assert.All(press, e => Assert.InRange(e.X, 340, 420));
        Assert.All(press, e => Assert.InRange(e.Y, 212, 236));
    }

    [Fact]
    public async Task ClickAsync_TargetUnderABottomOverlay_ScrollsItClearAndClicksIt()
    {
        // A conversation bubble docked at the bottom of the window covers whatever scrolls under it, the middle included.
        await Page.SetContentAsync("""
            <style>body{margin:0} #bubble{position:fixed;left:0;right:0;bottom:0;height:60%;background:#eee}</style>
            <div style="height:1200px"></div><button id="late">Message</button><div style="height:3000px"></div>
            <div id="bubble"></div>
            <script>window.clicked = []; document.addEventListener('click', e => window.clicked.push(e.target.id), true);</script>
            """);

        await fixture.Session.Input.ClickAsync(Page.Locator("#late"));

        Assert.Equal(["late"], await Page.EvaluateAsync<string[]>("window.clicked"));
    }

    [Fact]
    public async Task ClickAsync_TargetCoveredWherever_FailsNamingTheCoveringElement()
    {
        await Page.SetContentAsync("""
            <style>body{margin:0} #cover{position:fixed;inset:0;background:rgba(0,0,0,.3)}</style>
            <div style="height:600px"></div><button id="hidden-by-modal">Send</button><div style="height:3000px"></div>
            <div id="cover" class="modal backdrop"></div>
            """);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.Session.Input.ClickAsync(Page.Locator("#hidden-by-modal")));

        Assert.Equal("another element covers the element to click: div#cover.modal.backdrop", error.Message);
    }

    [Fact]
    public async Task TypeAsync_Field_FocusesByClickAndTypesTrustedKeysInOrder()
    {
        await fixture.Session.Navigator.GotoAsync("/input");

        await fixture.Session.Input.TypeAsync(Page.Locator("#field"), "Ab c");

        var events = await EventsAsync();
        Assert.Equal("Ab c", await Page.InputValueAsync("#field"));
        Assert.Contains(events, e => e.Type == "mousedown" && e.Target == "field" && e.Trusted);
        var keys = events.Where(e => e.Type == "keydown").ToList();
        Assert.Equal(["A", "b", " ", "c"], keys.Select(e => e.Key).Where(k => k != "Shift"));
        Assert.All(events, e => Assert.True(e.Trusted, e.Type));
    }

    [Fact]
    public async Task ClearAsync_ContentEditable_EmptiesItWithRealKeys()
    {
        await fixture.Session.Navigator.GotoAsync("/input");

        await fixture.Session.Input.ClearAsync(Page.Locator("#editor"));

        Assert.Equal(string.Empty, (await Page.InnerTextAsync("#editor")).Trim());
        var keys = (await EventsAsync()).Where(e => e.Type == "keydown").ToList();
        Assert.Equal(["Control", "a", "Backspace"], keys.Select(e => e.Key));
        Assert.All(keys, e => Assert.True(e.Trusted));
    }

    [Fact]
    public async Task ScrollAsync_Down_UsesTrustedWheelNotches()
    {
        await fixture.Session.Navigator.GotoAsync("/input");

        await fixture.Session.Input.ScrollAsync(450);
        await Page.WaitForFunctionAsync("window.scrollY >= 450");

        var wheels = (await EventsAsync()).Where(e => e.Type == "wheel").ToList();
        Assert.Equal([100, 100, 100, 100, 50], wheels.Select(e => e.DeltaY));
        Assert.All(wheels, e => Assert.True(e.Trusted));
    }

    [Fact]
    public async Task PressPageDownAsync_Page_SendsATrustedPageDown()
    {
        await fixture.Session.Navigator.GotoAsync("/input");

        await fixture.Session.Input.PressPageDownAsync();
        await Page.WaitForFunctionAsync("window.scrollY > 0");

        Assert.Contains(await EventsAsync(), e => e.Type == "keydown" && e.Key == "PageDown" && e.Trusted);
    }

    [Fact]
    public async Task Input_FastMode_CreatesNoTimer()
    {
        await fixture.Session.Navigator.GotoAsync("/input");
        var before = fixture.Time.Timers;

        await fixture.Session.Input.ClickAsync(Page.Locator("#target"));
        await fixture.Session.Input.TypeAsync(Page.Locator("#field"), "xyz");
        await fixture.Session.Input.ScrollAsync(200);
        await fixture.Session.Input.DwellAsync();

        Assert.Equal(before, fixture.Time.Timers);
    }

    private async Task<List<InputEvent>> EventsAsync()
    {
        var json = await Page.EvaluateAsync<string>("JSON.stringify(window.events)");
        return JsonSerializer.Deserialize<List<InputEvent>>(json, JsonSerializerOptions.Web)!;
    }

    private sealed record InputEvent(string Type, bool Trusted, string Target, double X, double Y, string? Key, double DeltaY);
}
