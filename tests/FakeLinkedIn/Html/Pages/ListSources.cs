using FakeLinkedIn.State;

namespace FakeLinkedIn.Html.Pages;

/// <summary>The items of each lazily growing list, shared by the page and the fragment endpoint that appends them.</summary>
internal static class ListSources
{
    public static IReadOnlyList<string> Items(PageContext ctx, string kind) => kind switch
    {
        "birthday" => Birthdays.Compute(ctx.World, ctx.Today, ctx.State.Scenario.BirthdayPastDays, ctx.State.Scenario.BirthdayUpcomingDays)
            .Select((e, i) => BirthdayCard.Render(ctx, e, i)).ToList(),
        "sent" => ctx.World.Sent.Where(s => !s.Withdrawn)
            .Select((s, i) => SentInvitationItem.Render(ctx, s, i)).ToList(),
        "search" => SearchResults.PageItems(ctx),
        "profile" => ctx.World.FindPerson(ctx.Http.Request.Query["slug"]) is { } p ? ProfileSections.Items(ctx, p) : [],
        _ => [],
    };
}
