using System.Globalization;
using FakeLinkedIn.State;

namespace FakeLinkedIn.Html.Pages;

/// <summary><c>/search/results/people/</c>: progressive results, pagination, search-limit promo.</summary>
internal static class SearchPage
{
    public static string Render(PageContext ctx)
    {
        var keywords = ctx.Http.Request.Query["keywords"].ToString();
        var title = ctx.T($"{keywords} - Search | LinkedIn", $"{keywords} - Recherche | LinkedIn");
        if (ctx.Faults.SearchLimit)
        {
            return Layout.Page(ctx, title, $"""
                <div data-view-name="search-results-promo" class="{ctx.C("promo")}">
                  <h2>{ctx.T("You’ve reached the monthly limit for profile searches", "Vous avez atteint la limite mensuelle de recherches de profils")}</h2>
                  <p>{ctx.T("Upgrade to Premium to continue searching.", "Passez à Premium pour continuer vos recherches.")}</p>
                </div>
                """);
        }

        if (ctx.MarkupB)
        {
            return MarkupB.SearchB.Page(ctx, title);
        }

        var total = PeopleSearch.Run(ctx.World, ctx.Http.Request.Query).Count;
        var pages = (total + PeopleSearch.PageSize - 1) / PeopleSearch.PageSize;
        var page = PeopleSearch.PageNumber(ctx.Http.Request.Query);
        var items = ListSources.Items(ctx, "search");
        var (list, config) = LazyList.Render(ctx, "search", items,
            $"""<ul role="list" class="reusable-search__entity-result-list {ctx.C("lazy-list")} {ctx.C("result-list")}">""", "</ul>");
        var body = items.Count == 0
            ? $"""<div class="{ctx.C("empty")}"><h2>{ctx.T("No results found", "Aucun résultat trouvé")}</h2></div>"""
            : list + Pagination(ctx, page, pages);
        var main = $"""
            <div class="search-results-container {ctx.C("results")}">
              <h2 class="{ctx.C("text")}">{ctx.T($"About {total.ToString(CultureInfo.InvariantCulture)} results", $"Environ {total.ToString(CultureInfo.InvariantCulture)} résultats")}</h2>
              {body}
            </div>
            """;
        return Layout.Page(ctx, title, main, new { lazy = config });
    }

    private static string Pagination(PageContext ctx, int page, int pages)
    {
        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        var numbers = string.Concat(Enumerable.Range(1, Math.Max(pages, 1)).Select(n => $"""
            <li data-test-pagination-page-btn="{N(n)}" class="artdeco-pagination__indicator{(n == page ? " active selected" : "")}"><button type="button" aria-label="Page {N(n)}"{(n == page ? " aria-current=\"true\"" : "")}><span>{N(n)}</span></button></li>
            """));
        var prevDisabled = page <= 1 ? " disabled" : "";
        var nextDisabled = page >= pages ? " disabled" : "";
        return $"""
            <div class="artdeco-pagination {ctx.C("pagination")}">
              <button type="button" class="artdeco-pagination__button artdeco-pagination__button--previous" aria-label="{ctx.T("Previous", "Précédent")}"{prevDisabled}><span>{ctx.T("Previous", "Précédent")}</span></button>
              <ul class="artdeco-pagination__pages">{numbers}</ul>
              <button type="button" class="artdeco-pagination__button artdeco-pagination__button--next" aria-label="{ctx.T("Next", "Suivant")}"{nextDisabled}><span>{ctx.T("Next", "Suivant")}</span></button>
            </div>
            """;
    }
}
