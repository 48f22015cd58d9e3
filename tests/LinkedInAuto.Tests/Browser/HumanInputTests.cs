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
