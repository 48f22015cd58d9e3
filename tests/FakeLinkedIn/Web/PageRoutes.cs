using FakeLinkedIn.Html.Pages;
using FakeLinkedIn.State;

namespace FakeLinkedIn.Web;

/// <summary>LinkedIn's page paths (§1), all behind <see cref="SessionGate"/>.</summary>
internal static class PageRoutes
{
    public static void Map(WebApplication app, FakeState state)
    {
        app.MapGet("/", (HttpContext h) => SessionGate.HasSession(state, h)
            ? Results.Redirect("/feed/")
            : Pages.Html(state, h, LoginPage.GuestHome));
        app.MapGet("/feed/", (HttpContext h) => Pages.Html(state, h, FeedPage.Render));
        app.MapGet("/mynetwork/", (HttpContext h) => Pages.Html(state, h, NetworkPage.Render));
        app.MapGet("/mynetwork/catch-up/birthday/", (HttpContext h) => Pages.Html(state, h, BirthdayPage.Render));
        app.MapGet("/mynetwork/catch-up/all/", (HttpContext h) => Pages.Html(state, h, CatchUpAllPage.Render));
        app.MapGet("/mynetwork/invitation-manager/", (HttpContext h) => Pages.Html(state, h, ReceivedInvitationsPage.Render));
        app.MapGet("/mynetwork/invitation-manager/received/", (HttpContext h) => Pages.Html(state, h, ReceivedInvitationsPage.Render));
        app.MapGet("/mynetwork/invitation-manager/sent/", (HttpContext h) => Pages.Html(state, h, SentInvitationsPage.Render));
        app.MapGet("/search/results/people/", (HttpContext h) =>
        {
            state.Record(new FakeAction { Kind = FakeActionKinds.Search, Timestamp = state.Clock.GetUtcNow(), Query = h.Request.QueryString.Value ?? "" });
            return Pages.Html(state, h, SearchPage.Render);
        });
        app.MapGet("/in/{slug}/", (string slug, HttpContext h) => Profile(state, h, slug, details: false));
        app.MapGet("/in/{slug}/details/experience/", (string slug, HttpContext h) => Profile(state, h, slug, details: true));
        app.MapGet("/404/", (HttpContext h) => Pages.Html(state, h, NotFoundPage.Render, 404));
        MessagingRoutes.Map(app, state);
        LoginRoutes.Map(app, state);
    }

    private static IResult Profile(FakeState state, HttpContext h, string slug, bool details)
    {
        var person = state.World.FindPerson(slug);
        if (person is null || person.SearchAnonymous)
        {
            return Pages.Html(state, h, NotFoundPage.Render, 404);
        }

        if (!details)
        {
            state.Record(FakeActionKinds.ProfileViewed, person);
        }

        return Pages.Html(state, h, ctx => details ? ProfileDetailsPage.Render(ctx, person) : ProfilePage.Render(ctx, person));
    }
}
