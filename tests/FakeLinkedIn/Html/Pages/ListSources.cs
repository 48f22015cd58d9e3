using FakeLinkedIn.State;

namespace FakeLinkedIn.Html.Pages;

/// <summary>The items of each lazily growing list, shared by the page and the fragment endpoint that appends them.</summary>
internal static class ListSources
{
    public static IReadOnlyList<string> Items(PageContext ctx, string kind) => kind switch
    {
        "birthday" => Birthdays.Compute(ctx.World, ctx.Today, ctx.State.Scenario.BirthdayPastDays, ctx.State.Scenario.BirthdayUpcomingDays)
            .Select((e, i) => ctx.MarkupB ? MarkupB.BirthdayB.Card(ctx, e, i) : BirthdayCard.Render(ctx, e, i)).ToList(),
        "sent" => ctx.World.Sent.Where(s => !s.Withdrawn)
            .Select((s, i) => ctx.MarkupB ? MarkupB.SentB.Item(ctx, s, i) : SentInvitationItem.Render(ctx, s, i)).ToList(),
        "search" => SearchResults.PageItems(ctx),
        "profile" => ctx.World.FindPerson(ctx.Http.Request.Query["slug"]) is { } p ? ctx.MarkupB ? MarkupB.ProfileB.Sections(ctx, p) : ProfileSections.Items(ctx, p) : [],
        _ => [],
    };
}
