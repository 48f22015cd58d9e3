using LinkedInAuto.Configuration;
using LinkedInAuto.Control;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LinkedInAuto.Web;

/// <summary>`/actions` and its forms; every action is a request on the daemon's control socket, as the CLI sends it.</summary>
internal static class ActionEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/actions", (HttpContext context, IAntiforgery antiforgery, DaemonGateway daemon) => RenderAsync(context, antiforgery, daemon, null));

        app.MapPost("/actions/run", async (HttpContext context, IAntiforgery antiforgery, DaemonGateway daemon) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var bot = form["bot"].ToString();
            if (!ScheduleOptions.BotNames.Contains(bot))
            {
                return await RenderAsync(context, antiforgery, daemon, Html.Notice("error", $"Unknown bot '{bot}'."), StatusCodes.Status400BadRequest);
            }

            return await SendAsync(context, antiforgery, daemon, new ControlRequest("run", bot, DryRun: form["dry_run"] == "yes"));
        });

        app.MapPost("/actions/stop", (HttpContext context, IAntiforgery antiforgery, DaemonGateway daemon) =>
            SendAsync(context, antiforgery, daemon, new ControlRequest("stop")));

        app.MapPost("/actions/pause", async (HttpContext context, IAntiforgery antiforgery, DaemonGateway daemon) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            ControlRequest? request = form["length"].ToString() switch
            {
                "1h" => new ControlRequest("pause", PauseFor: TimeSpan.FromHours(1)),
                "4h" => new ControlRequest("pause", PauseFor: TimeSpan.FromHours(4)),
                "tomorrow" => new ControlRequest("pause", PauseUntil: Scheduling.PauseEnd.Tomorrow),
                "resume" => new ControlRequest("pause"),
                _ => null,
            };
            return request is null
                ? await RenderAsync(context, antiforgery, daemon, Html.Notice("error", "Choose how long to pause."), StatusCodes.Status400BadRequest)
                : await SendAsync(context, antiforgery, daemon, request);
        });

        app.MapPost("/actions/resume", async (HttpContext context, IAntiforgery antiforgery, DaemonGateway daemon) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var clear = form["clear_attention"] == "yes";
            if (clear && form["confirmed"] != "yes")
            {
                return await RenderAsync(context, antiforgery, daemon, Html.Notice("error", "Tick the box once the problem is resolved on LinkedIn; nothing changed."), StatusCodes.Status400BadRequest);
            }

            return await SendAsync(context, antiforgery, daemon, new ControlRequest("resume", ClearAttention: clear));
        });
    }

    private static async Task<IResult> SendAsync(HttpContext context, IAntiforgery antiforgery, DaemonGateway daemon, ControlRequest request)
    {
        var (response, unavailable) = await daemon.SendAsync(request, context.RequestAborted);
        var (notice, code) = response switch
        {
            null => (Html.Notice("error", unavailable!), StatusCodes.Status503ServiceUnavailable),
            { Ok: true } => (Html.Notice("ok", response.Message ?? "done"), StatusCodes.Status200OK),
            _ => (Html.Notice("error", string.Join(" ", new[] { response.Error }.Concat(response.Errors ?? []))), StatusCodes.Status409Conflict),
        };
        return await RenderAsync(context, antiforgery, daemon, notice, code);
    }

    private static async Task<IResult> RenderAsync(HttpContext context, IAntiforgery antiforgery, DaemonGateway daemon, string? notice, int statusCode = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var (status, unavailable) = await daemon.SendAsync(new ControlRequest("status"), context.RequestAborted);
        if (status is null && notice is null)
        {
            notice = Html.Notice("error", unavailable!);
            statusCode = StatusCodes.Status503ServiceUnavailable;
        }

        return PageLayout.Result(PageLayout.Render("Actions", ActionsPage.Render(status?.Status, tokens, notice), tokens), statusCode);
    }
}
