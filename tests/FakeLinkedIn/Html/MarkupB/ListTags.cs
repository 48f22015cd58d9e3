namespace FakeLinkedIn.Html.MarkupB;

/// <summary>The second markup's list tags (<c>ul</c>/<c>li</c>, bare <c>div</c>s in the unknown markup) and its icon-only buttons.</summary>
internal static class ListTags
{
    /// <summary>The list element.</summary>
    public static string List(PageContext ctx) => ctx.ListSemantics ? "ul" : "div";

    /// <summary>The list entry element.</summary>
    public static string Item(PageContext ctx) => ctx.ListSemantics ? "li" : "div";

    /// <summary>A button named only through its <c>aria-label</c>: an icon and no text.</summary>
    public static string IconButton(string hookClass, string label) =>
        $"""<button type="button" class="{hookClass}" aria-label="{H.E(label)}"><svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20"><circle cx="10" cy="10" r="8"/></svg></button>""";

    /// <summary>The empty-state paragraph shown instead of a list.</summary>
    public static string Empty(PageContext ctx, bool empty, string en, string fr) =>
        empty ? $"""<p class="{ctx.C("empty")}">{ctx.T(en, fr)}</p>""" : "";
}
