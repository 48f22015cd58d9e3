namespace FakeLinkedIn.Html.Pages;

/// <summary>A list that renders its first chunk and lets the page script append the rest on scroll (IntersectionObserver).</summary>
internal static class LazyList
{
    /// <summary>Script configuration of a lazy list: its kind, how many items are shown, the total and the page query.</summary>
    public sealed record Config(string Kind, int Next, int Total, int Size, string Query);

    public static (string Html, Config Config) Render(PageContext ctx, string kind, IReadOnlyList<string> items, string open, string close)
    {
        var size = ctx.Faults.LazyPageSize;
        var first = size <= 0 ? items.Count : Math.Min(size, items.Count);
        var html = $"""
            {open}
            {string.Concat(items.Take(first))}
            {close}
            <div class="{ctx.C("lazy-sentinel")}" aria-hidden="true"></div>
            <div class="artdeco-loader {ctx.C("loader")}" hidden><span class="visually-hidden">{ctx.T("Loading…", "Chargement…")}</span></div>
            """;
        return (html, new Config(kind, first, items.Count, size, ctx.Http.Request.QueryString.Value ?? ""));
    }
}
