namespace FakeLinkedIn.Html.Pages;

/// <summary>The "This page doesn’t exist" page for unknown profiles and paths.</summary>
internal static class NotFoundPage
{
    public static string Render(PageContext ctx) => Layout.Page(ctx, "LinkedIn", $"""
        <section class="{ctx.C("not-found")}">
          <h1>{ctx.T("This page doesn’t exist", "Cette page n’existe pas")}</h1>
          <p>{ctx.T("Please check your URL or return to LinkedIn home.", "Veuillez vérifier votre URL ou revenir à l’accueil de LinkedIn.")}</p>
          <a href="/feed/" class="artdeco-button">{ctx.T("Go to your feed", "Accéder au fil d’actualité")}</a>
        </section>
        """);
}
