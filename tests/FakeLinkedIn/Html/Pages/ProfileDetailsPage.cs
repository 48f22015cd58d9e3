using FakeLinkedIn.State;

namespace FakeLinkedIn.Html.Pages;

/// <summary><c>/in/&lt;slug&gt;/details/experience/</c>: the full Experience list without the top card.</summary>
internal static class ProfileDetailsPage
{
    public static string Render(PageContext ctx, Person p) =>
        Layout.Page(ctx, $"{ctx.T("Experience", "Expérience")} | {p.Name} | LinkedIn", $"""
            <div class="{ctx.C("details-header")}"><a href="{p.ProfilePath}" aria-label="{H.E(ctx.T("Back to profile", "Retour au profil"))}">←</a></div>
            {ProfileSections.Experience(ctx, p, withAnchor: false)}
            """);
}
