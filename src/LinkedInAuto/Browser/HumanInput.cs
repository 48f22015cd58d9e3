using LinkedInAuto.Configuration;
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

    // A person scrolls a target towards the middle; a handful of wheel gestures always get there on a LinkedIn page.
    private const int MaxScrollGestures = 8;

    private readonly IPage _page;
    private readonly HumanTiming _timing;
    private readonly float _actionTimeoutMs;
    private PointF? _pointer;

    /// <summary>Initializes a new instance of the <see cref="HumanInput"/> class.</summary>
    /// <param name="page">The page to drive.</param>
    /// <param name="timing">The delays.</param>
    /// <param name="actionTimeout">How long an element may take to become visible and enabled.</param>
    public HumanInput(IPage page, HumanTiming timing, TimeSpan actionTimeout)
    {
        _page = page;
        _timing = timing;
        _actionTimeoutMs = (float)actionTimeout.TotalMilliseconds;
    }

    private HumanInputOptions Options => _timing.Options;

    /// <summary>Clicks <paramref name="target"/>: wait until clickable, wheel it into view, move the pointer there, pause, press, release.</summary>
    /// <exception cref="TimeoutException">The element did not become visible and enabled within `action_timeout`.</exception>
    /// <exception cref="InvalidOperationException">Something else covers the element.</exception>
    public async Task ClickAsync(ILocator target, CancellationToken cancellationToken = default)
    {
        // Not a Playwright "trial" click: in 1.64 it sends a trusted mousemove and a lone click to the pointer's position.
        await PlaywrightCalls.WaitAsync(target.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = _actionTimeoutMs }), cancellationToken);
        await PlaywrightCalls.WaitAsync(Assertions.Expect(target).ToBeEnabledAsync(new() { Timeout = _actionTimeoutMs }), cancellationToken);
        var box = await WheelIntoViewAsync(target, cancellationToken);
        var point = await TryPickPointAsync(target, box, cancellationToken);

        // Covered, e.g. by LinkedIn's docked messaging bar or a conversation bubble at the bottom of the window, or by
        // the sticky navigation at the top: a person scrolls the element to another height and looks again.
        var height = _page.ViewportSize?.Height ?? 657;
        foreach (var at in new[] { height / 3, height * 2 / 3 })
        {
            if (point is not null)
            {
                break;
            }

            var delta = (int)(box.Y + (box.Height / 2) - at);
            if (Math.Abs(delta) > 4)
            {
                await ScrollAsync(delta, cancellationToken);
                box = await SettledBoxAsync(target, cancellationToken);
            }

            point = await TryPickPointAsync(target, box, cancellationToken);
        }

        if (point is null)
        {
            throw new InvalidOperationException("another element covers the element to click: " + await CoveringElementAsync(box, cancellationToken));
        }

        await MovePointerAsync(point.Value, cancellationToken);
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
        // Lower-case, as a real Ctrl+A reports key "a" (Playwright's "Control+A" would report "A" without Shift).
        await _page.Keyboard.PressAsync("Control+a");
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

    private async Task<LocatorBoundingBoxResult> WheelIntoViewAsync(ILocator target, CancellationToken cancellationToken)
    {
        var height = _page.ViewportSize?.Height ?? 657;
        for (var gesture = 0; ; gesture++)
        {
            var box = await SettledBoxAsync(target, cancellationToken);
            if (box.Y >= 0 && box.Y + box.Height <= height)
            {
                return box;
            }

            if (gesture == MaxScrollGestures)
            {
                // Inside a scroll container the pointer is not over, the wheel moves nothing: let Chromium scroll it.
                await PlaywrightCalls.WaitAsync(target.ScrollIntoViewIfNeededAsync(), cancellationToken);
                return await SettledBoxAsync(target, cancellationToken);
            }

            await ScrollAsync((int)(box.Y + (box.Height / 2) - (height / 2)), cancellationToken);
        }
    }

    // Wheel scrolling is animated: read the box until two frames apart it no longer moves.
    private async Task<LocatorBoundingBoxResult> SettledBoxAsync(ILocator target, CancellationToken cancellationToken)
    {
        LocatorBoundingBoxResult? previous = null;
        for (var frame = 0; frame < 60; frame++)
        {
            var box = await PlaywrightCalls.WaitAsync(target.BoundingBoxAsync(), cancellationToken)
                ?? throw new InvalidOperationException("the element to click has no box (it was hidden or detached)");
            if (previous is not null && previous.X == box.X && previous.Y == box.Y)
            {
                return box;
            }

            previous = box;
            await PlaywrightCalls.WaitAsync(_page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"), cancellationToken);
        }

        return previous!;
    }

    // A person clicks what they see: the chosen point must hit the element itself, not an overlay covering it.
    private async Task<PointF?> TryPickPointAsync(ILocator target, LocatorBoundingBoxResult box, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var point = PointerPath.Inside(box.X, box.Y, box.Width, box.Height, _timing.Random);
            var hits = await PlaywrightCalls.WaitAsync(
                target.EvaluateAsync<bool>("(el, p) => { const hit = document.elementFromPoint(p.x, p.y); return !!hit && el.contains(hit); }", new { x = (double)point.X, y = (double)point.Y }),
                cancellationToken);
            if (hits)
            {
                return point;
            }
        }

        return null;
    }

    // For the evidence: which element sits on top of the target's centre, as `tag#id.class`.
    private async Task<string> CoveringElementAsync(LocatorBoundingBoxResult box, CancellationToken cancellationToken) =>
        await PlaywrightCalls.WaitAsync(
            _page.EvaluateAsync<string>(
                "p => { const e = document.elementFromPoint(p.x, p.y); return e ? e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '') : 'nothing (outside the window)'; }",
                new { x = (double)(box.X + (box.Width / 2)), y = (double)(box.Y + (box.Height / 2)) }),
            cancellationToken);

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
