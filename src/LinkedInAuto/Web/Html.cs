using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace LinkedInAuto.Web;

/// <summary>Small helpers for server-rendered HTML: every text that is not markup goes through <see cref="E"/>.</summary>
internal static class Html
{
    /// <summary>Encodes text for HTML content and attribute values.</summary>
    public static string E(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);

    /// <summary>A POST form carrying the anti-forgery token.</summary>
    public static string Form(string action, AntiforgeryTokenSet tokens, string inner, string? cssClass = null) =>
        $"""<form method="post" action="{E(action)}"{(cssClass is null ? string.Empty : $" class=\"{E(cssClass)}\"")}><input type="hidden" name="{E(tokens.FormFieldName)}" value="{E(tokens.RequestToken)}">{inner}</form>""";

    /// <summary>A notice: `ok`, `warn` or `error`.</summary>
    public static string Notice(string kind, string text) => $"""<p class="notice {kind}" role="status">{E(text)}</p>""";
}
