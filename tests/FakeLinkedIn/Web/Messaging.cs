using System.Text.Json.Nodes;
using FakeLinkedIn.Html;
using FakeLinkedIn.Html.Pages;
using FakeLinkedIn.State;

namespace FakeLinkedIn.Web;

/// <summary>The send endpoint's behaviour, including the send faults (error toast, every-Nth failure, lost send, share prompt).</summary>
internal static class Messaging
{
    public static JsonObject Send(PageContext ctx, JsonObject body)
    {
        var person = ctx.World.FindPerson(body["recipientUrn"]?.GetValue<string>());
        var text = body["text"]?.GetValue<string>()?.TrimEnd('\n') ?? "";
        var share = body["share"]?.GetValue<string>();
        if (person is null || text.Trim().Length == 0)
        {
            return ActionRoutes.BadRequest("unknown recipient or empty text");
        }

        if (share is null)
        {
            ctx.World.SendAttempts++;
            var every = ctx.Faults.SendFailEvery;
            if (ctx.Faults.ErrorToast || (every > 0 && ctx.World.SendAttempts % every == 0))
            {
                RefusedAttempts.Record(ctx.State, FakeActionKinds.MessageSent, person, 200, "error toast");
                return ActionRoutes.Error(ctx, "Your message couldn’t be sent. Please try again.", "Votre message n’a pas pu être envoyé. Veuillez réessayer.");
            }

            if (ctx.Faults.Composer == "send_lost")
            {
                return new JsonObject { ["status"] = "lost" };
            }

            if (ctx.Faults.SharePrompt)
            {
                return new JsonObject { ["status"] = "share_prompt", ["html"] = Dialogs.SharePrompt(ctx, person) };
            }
        }

        var conversation = ctx.World.ConversationWith(person);
        var urn = Ids.EventUrn(conversation.Id, conversation.Messages.Count + 1);
        conversation.Messages.Add(new ChatMessage(urn, true, text, ctx.Today));
        ctx.State.Record(new FakeAction
        {
            Kind = FakeActionKinds.MessageSent,
            Timestamp = ctx.State.Clock.GetUtcNow(),
            ProfileSlug = person.Slug,
            ProfileUrl = person.CanonicalUrl,
            Name = person.Name,
            Text = text,
            ThreadId = conversation.Id,
            EventUrn = urn,
        });
        return new JsonObject
        {
            ["status"] = "sent",
            ["eventUrn"] = urn,
            ["threadId"] = conversation.Id,
            ["threadUrl"] = $"/messaging/thread/{conversation.Id}/",
        };
    }
}
