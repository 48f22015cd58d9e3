using FakeLinkedIn.Html;

namespace FakeLinkedIn.State;

/// <summary>The messages a conversation shows, oldest first: the stored ones, plus the owner's earlier birthday wish when
/// the <c>prior_wishes</c> switch is on (a history only LinkedIn knows).</summary>
internal static class ThreadHistory
{
    public static IReadOnlyList<ChatMessage> For(PageContext ctx, Person person, Conversation? conversation)
    {
        IReadOnlyList<ChatMessage> stored = conversation?.Messages ?? [];
        if (!ctx.Faults.PriorWishes || person.Birthday is not { } birthday || ctx.World.DegreeOf(person) != 1)
        {
            return stored;
        }

        var since = BirthdayMath.DaysSince(ctx.Today, birthday.Month, birthday.Day);
        if (since > ctx.State.Scenario.BirthdayPastDays)
        {
            return stored;
        }

        var text = ctx.T($"Happy birthday {person.FirstName}!", $"Joyeux anniversaire {person.FirstName} !");
        var wish = new ChatMessage(Ids.EventUrn(conversation?.Id ?? Ids.ThreadId(person.Slug), 0), true, text, ctx.Today.AddDays(-since));
        return [.. stored.Append(wish).OrderBy(m => m.On ?? DateOnly.MinValue)];
    }
}
