using Microsoft.Playwright;

namespace LinkedInAuto.Pages.Selectors;

/// <summary>The visible lines of text of a card (an invitation, a top card), outside links and buttons, one per block element.</summary>
/// <remarks>
/// Hashed class names say nothing, so fields without a dependable selector (a headline, a note, a celebration sentence)
/// are read from the card's lines in order (src/LinkedInAuto/Pages/README.md): links and buttons carry names and labels,
/// not the person's words, and visually hidden copies (1 px boxes) are left out.
/// </remarks>
public static class CardLines
{
    private const string Script = """
        (card, after) => {
            const shown = (e) => { const r = e.getBoundingClientRect(); return r.width > 1 && r.height > 1 && getComputedStyle(e).visibility !== 'hidden'; };
            const blockOf = (e) => { let b = e; while (b !== card && (getComputedStyle(b).display || '').startsWith('inline')) { b = b.parentElement; } return b; };
            const lines = [];
            let key = null;
            const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
                const node = walker.currentNode;
                const parent = node.parentElement;
                if (!node.textContent.trim() || !parent || (after && (after.contains(node) || !(after.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)))) { continue; }
                const control = parent.closest('a, button, [role="button"]');
                if ((control && card.contains(control)) || !shown(parent)) { continue; }
                const block = blockOf(parent);
                if (block === key) { lines[lines.length - 1] += node.textContent; } else { lines.push(node.textContent); key = block; }
            }
            return lines.map(l => l.replace(/\s+/g, ' ').trim()).filter(l => l.length > 0);
        }
        """;

    /// <summary>Gets the lines of <paramref name="card"/> that come after <paramref name="after"/> (all of them when null).</summary>
    public static async Task<IReadOnlyList<string>> ReadAsync(ILocator card, ILocator? after = null)
    {
        if (after is null)
        {
            return await card.EvaluateAsync<string[]>(Script, null);
        }

        var handle = await after.ElementHandleAsync();
        try
        {
            return await card.EvaluateAsync<string[]>(Script, handle);
        }
        finally
        {
            await handle.DisposeAsync();
        }
    }
}
