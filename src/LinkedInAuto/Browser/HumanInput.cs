using Microsoft.Playwright;

namespace LinkedInAuto.Browser;

/// <summary>Mouse and keyboard input through Playwright's real input pipeline, paced like a person.</summary>
/// <remarks>
/// Every event is produced by the browser's input system (CDP Input.dispatch*), so the page sees trusted events in
/// the order a person causes them. Never use `DispatchEventAsync`, `EvaluateAsync("el.click()")` or `Force = true`:
/// they create untrusted events or skip the checks a person's eyes make.
/// </remarks>
public sealed class HumanInput
{
    /// <summary>How far one mouse-wheel notch scrolls, as Chromium does on Windows and most Linux desktops.</summary>
    internal const int WheelNotch = 100;

    private readonly IPage _page;
    private readonly HumanTiming _timing;
    private PointF? _pointer;

    /// <summary>Initializes a new instance of the <see cref="HumanInput"/> class.</summary>
    public HumanInput(IPage page, HumanTiming timing)
    {
        _page = page;
        _timing = timing;
    }

    private HumanInputOptions Options => _timing.Options;

    /// <summary>Clicks <paramref name="target"/>: wait until clickable, move the pointer there, pause, press and release.</summary>
    public async Task ClickAsync(ILocator target, CancellationToken cancellationToken = default)
    {
        // A trial click runs Playwright's actionability checks (attached, visible, stable, enabled, not covered) and
        // scrolls the element into view, without sending any event.
        await PlaywrightCalls.WaitAsync(target.ClickAsync(new() { Trial = true }), cancellationToken);
        var box = await PlaywrightCalls.WaitAsync(target.BoundingBoxAsync(), cancellationToken)
            ?? throw new InvalidOperationException("the element to click has no box (it was hidden or detached)");
        await MovePointerAsync(PointerPath.Inside(box.X, box.Y, box.Width, box.Height, _timing.Random), cancellationToken);
        await _timing.DelayAsync(Options.ClickPause, cancellationToken);
        await _page.Mouse.DownAsync();
        await _timing.DelayAsync(Options.ClickHold, cancellationToken);
        await _page.Mouse.UpAsync();
    }

    /// <summary>Focuses <paramref name="target"/> with a click, then types <paramref name="text"/> one key at a time.</summary>
    /// <remarks>A line break is typed as Shift+Enter: in LinkedIn's composer a plain Enter may send the message.</remarks>
    public async Task TypeAsync(ILocator target, string text, CancellationToken cancellationToken = default)
    {
        await ClickAsync(target, cancellationToken);
        var first = true;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!first)
            {
                await _timing.DelayAsync(Options.TypingDelay, cancellationToken);
            }

            first = false;
            if (rune.Value == '\n')
            {
                await _page.Keyboard.PressAsync("Shift+Enter");
            }
            else if (rune.Value != '\r')
            {
                await _page.Keyboard.TypeAsync(rune.ToString());
            }
        }
    }

    /// <summary>Empties a text field or contenteditable with Ctrl+A and Backspace, then checks it is empty.</summary>
    /// <exception cref="InvalidOperationException">Text was left (e.g. the page re-filled the field).</exception>
    public async Task ClearAsync(ILocator target, CancellationToken cancellationToken = default)
    {
        await ClickAsync(target, cancellationToken);
        await _page.Keyboard.PressAsync("Control+A");
        await _timing.DelayAsync(Options.TypingDelay, cancellationToken);
        await _page.Keyboard.PressAsync("Backspace");

        // Reading back is not input: it only checks what the keys did.
        var left = await PlaywrightCalls.WaitAsync(
            target.EvaluateAsync<string>("el => el.isContentEditable ? el.innerText : el.value"), cancellationToken);
        if (left.Trim().Length > 0)
        {
            throw new InvalidOperationException($"the field still holds {left.Trim().Length} characters after Ctrl+A, Backspace");
        }
    }

    /// <summary>Scrolls by <paramref name="deltaY"/> CSS pixels (negative = up) with wheel notches over the page.</summary>
    public async Task ScrollAsync(int deltaY, CancellationToken cancellationToken = default)
    {
        if (_pointer is null && _page.ViewportSize is { } viewport)
        {
            // Wheel events go to what is under the pointer, which starts at (0,0) on the page's edge.
            await MovePointerAsync(PointerPath.Inside(0, 0, viewport.Width, viewport.Height, _timing.Random), cancellationToken);
        }

        for (var remaining = Math.Abs(deltaY); remaining > 0; remaining -= WheelNotch)
        {
            await _page.Mouse.WheelAsync(0, Math.Sign(deltaY) * Math.Min(WheelNotch, remaining));
            await _timing.DelayAsync(Options.WheelPause, cancellationToken);
        }
    }

    /// <summary>Presses Page Down once (the focus must be on the page, not in a field).</summary>
    public Task PressPageDownAsync() => _page.Keyboard.PressAsync("PageDown");

    /// <summary>Looks at the page for a `dwell` duration.</summary>
    public Task DwellAsync(CancellationToken cancellationToken = default) => _timing.DelayAsync(Options.Dwell, cancellationToken);

    private async Task MovePointerAsync(PointF to, CancellationToken cancellationToken)
    {
        var waypoints = PointerPath.Waypoints(_pointer ?? new PointF(0, 0), to, _timing.Random);
        var leg = _timing.Next(Options.PointerMove) / waypoints.Count;
        foreach (var point in waypoints)
        {
            // Steps make Playwright emit intermediate mousemove events along each leg, as a real pointer does.
            await _page.Mouse.MoveAsync(point.X, point.Y, new() { Steps = _timing.Random.Next(3, 8) });
            await _timing.DelayAsync(leg, cancellationToken);
        }

        _pointer = to;
    }
}
