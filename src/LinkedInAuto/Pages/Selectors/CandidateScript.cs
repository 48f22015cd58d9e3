using System.Text.Json;
using Microsoft.Playwright;

namespace LinkedInAuto.Pages.Selectors;

/// <summary>What the browser says about one element matched by an alternative's CSS, read in one round trip per alternative.</summary>
/// <param name="Label">The `aria-label`.</param>
/// <param name="Text">The visible text (`innerText`), when the alternative needs it.</param>
/// <param name="Visible">Whether the element is rendered and not hidden.</param>
/// <param name="Enabled">Whether it is neither `disabled` nor `aria-disabled`.</param>
/// <param name="Name">Its accessible name, approximated: `aria-labelledby`, else `aria-label`, else the text, else `alt`, else `title`.</param>
/// <param name="Alt">The `alt` attribute (images).</param>
internal sealed record CandidateDescription(string Label, string Text, bool Visible, bool Enabled, string Name, string Alt);

/// <summary>One candidate of an alternative: its description, its nearest candidate ancestor and the descendants a structural alternative asks about.</summary>
/// <param name="Description">The candidate itself.</param>
/// <param name="Parent">The index of the nearest ancestor that is also a candidate; -1 when none is.</param>
/// <param name="Inner">For each inner CSS selector, the descendants it matches.</param>
internal sealed record Candidate(CandidateDescription Description, int Parent, IReadOnlyList<IReadOnlyList<CandidateDescription>> Inner);

/// <summary>The script that describes an alternative's candidates, and its decoding.</summary>
internal static class CandidateScript
{
    /// <summary>The most candidates looked at per alternative (a list page holds far fewer items).</summary>
    public const int MaxCandidates = 300;

    // The text is read only when a condition needs it: innerText lays out the element, and `main` or a card list is a
    // whole page of it. Inner selectors are plain CSS run by the browser itself inside each candidate.
    private const string Script = """
        (els, args) => {
            const [withText, inner, innerText, max] = args;
            const describe = (e, text) => {
                const style = getComputedStyle(e);
                const visible = !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length)
                    && style.visibility !== 'hidden' && style.display !== 'none';
                const enabled = !e.disabled && e.getAttribute('aria-disabled') !== 'true';
                const shown = text ? (e.innerText || e.textContent || '') : '';
                const labelledBy = (e.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean)
                    .map(id => { const r = document.getElementById(id); return r ? (r.innerText || r.textContent || '') : ''; }).join(' ').trim();
                const label = e.getAttribute('aria-label') || '';
                const name = labelledBy || label || shown.trim() || e.getAttribute('alt') || e.getAttribute('title') || '';
                return [label, shown, visible ? '1' : '', enabled ? '1' : '', name, e.getAttribute('alt') || ''];
            };
            const list = els.slice(0, max);
            const index = new Map(list.map((e, i) => [e, i]));
            const within = (e, css) => { try { return Array.from(e.querySelectorAll(css)).slice(0, 50); } catch { return []; } };
            return list.map(e => {
                let parent = -1;
                for (let p = e.parentElement; p && parent < 0; p = p.parentElement) { if (index.has(p)) { parent = index.get(p); } }
                return [describe(e, withText), parent, inner.map(css => within(e, css).map(d => describe(d, innerText)))];
            });
        }
        """;

    /// <summary>Describes the elements <paramref name="locator"/> matches, with the descendants matching each of <paramref name="inner"/>.</summary>
    public static async Task<IReadOnlyList<Candidate>> DescribeAsync(ILocator locator, bool withText, IReadOnlyList<string> inner, bool innerText)
    {
        var json = await EvaluateAsync(locator, [withText, inner, innerText, MaxCandidates]);
        var candidates = new List<Candidate>(json.GetArrayLength());
        foreach (var row in json.EnumerateArray())
        {
            var descendants = row[2].EnumerateArray().Select(css => (IReadOnlyList<CandidateDescription>)[.. css.EnumerateArray().Select(Decode)]).ToList();
            candidates.Add(new Candidate(Decode(row[0]), row[1].GetInt32(), descendants));
        }

        return candidates;
    }

    // LinkedIn is a single-page app that may also navigate on its own (e.g. to a checkpoint after an API call): a page
    // replaced mid-read is read again once the new document is there, so the caller classifies the page it is really on.
    private static async Task<JsonElement> EvaluateAsync(ILocator locator, object[] args)
    {
        try
        {
            return await locator.EvaluateAllAsync<JsonElement>(Script, args);
        }
        catch (PlaywrightException ex) when (ex.Message.Contains("Execution context was destroyed", StringComparison.Ordinal)
            || ex.Message.Contains("navigation", StringComparison.OrdinalIgnoreCase))
        {
            await locator.Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            return await locator.EvaluateAllAsync<JsonElement>(Script, args);
        }
    }

    private static CandidateDescription Decode(JsonElement d) =>
        new(d[0].GetString() ?? string.Empty, d[1].GetString() ?? string.Empty, d[2].GetString() is { Length: > 0 }, d[3].GetString() is { Length: > 0 }, d[4].GetString() ?? string.Empty, d[5].GetString() ?? string.Empty);
}
