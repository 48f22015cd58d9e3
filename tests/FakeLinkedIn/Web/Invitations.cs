using System.Text.Json.Nodes;
using FakeLinkedIn.Html;
using FakeLinkedIn.Html.Pages;
using FakeLinkedIn.State;

namespace FakeLinkedIn.Web;

/// <summary>Accept, ignore, withdraw and connect, with the weekly limit, error toast and withdraw faults.</summary>
internal static class Invitations
{
    public static JsonObject Act(PageContext ctx, string verb, JsonObject body)
    {
        if (verb is not ("accept" or "ignore" or "withdraw" or "connect"))
        {
            return ActionRoutes.BadRequest($"unknown verb '{verb}'");
        }

        if (ctx.Faults.ErrorToast)
        {
            RefusedAttempts.Record(ctx.State, RefusedAttempts.KindOf(verb), RefusedAttempts.PersonOf(ctx.State, verb, body), 200, "error toast");
            return ActionRoutes.Error(ctx, "Something went wrong. Please try again.", "Un problème est survenu. Veuillez réessayer.");
        }

        if (ctx.Faults.WeeklyLimitAfter is { } limit && ctx.World.InvitationActions >= limit)
        {
            RefusedAttempts.Record(ctx.State, RefusedAttempts.KindOf(verb), RefusedAttempts.PersonOf(ctx.State, verb, body), 200, "weekly limit dialog");
            return new JsonObject { ["status"] = "limit", ["html"] = Dialogs.WeeklyLimit(ctx) };
        }

        var result = verb switch
        {
            "accept" or "ignore" => Answer(ctx, verb, body["id"]?.GetValue<string>()),
            "withdraw" => Withdraw(ctx, ctx.World.FindPerson(body["slug"]?.GetValue<string>())),
            _ => Connect(ctx, ctx.World.FindPerson(body["slug"]?.GetValue<string>())),
        };
        if (result["status"]?.GetValue<string>() == "ok")
        {
            ctx.World.InvitationActions++;
        }

        return result;
    }

    private static JsonObject Answer(PageContext ctx, string verb, string? id)
    {
        var inv = ctx.World.Received.FirstOrDefault(i => i.Id == id && i.Status == "pending");
        if (inv is null)
        {
            return ActionRoutes.BadRequest("no pending invitation with this id");
        }

        inv.Status = verb == "accept" ? "accepted" : "ignored";
        if (verb == "accept" && inv.From is not null)
        {
            ctx.World.Connected.Add(inv.From.Slug);
        }

        ctx.State.Record(new FakeAction
        {
            Kind = verb == "accept" ? FakeActionKinds.InvitationAccepted : FakeActionKinds.InvitationIgnored,
            Timestamp = ctx.State.Clock.GetUtcNow(),
            ProfileSlug = inv.From?.Slug,
            ProfileUrl = inv.From?.CanonicalUrl,
            Name = inv.Title,
            InvitationId = inv.Id,
        });
        return new JsonObject { ["status"] = "ok", ["html"] = ReceivedInvitationCard.Render(ctx, inv) };
    }

    private static JsonObject Withdraw(PageContext ctx, Person? p)
    {
        var sent = ctx.World.Sent.FirstOrDefault(s => s.To == p && !s.Withdrawn);
        if (p is null || sent is null)
        {
            return ActionRoutes.BadRequest("no pending sent invitation to this person");
        }

        if (ctx.Faults.Withdraw == "not_removed")
        {
            // LinkedIn answered but nothing happened: the item stays and nothing is recorded.
            return new JsonObject { ["status"] = "unchanged" };
        }

        sent.Withdrawn = true;
        ctx.State.Record(FakeActionKinds.InvitationWithdrawn, p);
        return new JsonObject { ["status"] = "ok" };
    }

    private static JsonObject Connect(PageContext ctx, Person? p)
    {
        if (p is null || ctx.World.DegreeOf(p) == 1 || !ctx.World.Invited.Add(p.Slug))
        {
            return ActionRoutes.BadRequest("cannot invite this person");
        }

        ctx.State.Record(FakeActionKinds.InvitationSent, p);
        return new JsonObject { ["status"] = "ok", ["html"] = ConnectButtons.Render(ctx, p) };
    }
}
