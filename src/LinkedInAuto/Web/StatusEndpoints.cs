using LinkedInAuto.Control;
using LinkedInAuto.Platform;
using LinkedInAuto.SystemBus;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LinkedInAuto.Web;

/// <summary>`/`: the status page.</summary>
internal static class StatusEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", async (HttpContext context, IAntiforgery antiforgery, DaemonGateway daemon, SystemFacts system, TimeProvider time) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            var (response, unavailable) = await daemon.SendAsync(new ControlRequest("status"), context.RequestAborted);
            if (response?.Status is not { } report)
            {
                // Why is it down? systemd knows (as `linkedin-auto status` asks it): failed, restarting, or stopped on purpose.
                var why = Html.Notice("error", unavailable ?? response?.Error ?? "the daemon sent no status");
                if (await system.GetUnitAsync(SystemFacts.ServiceUnit, context.RequestAborted) is { IsInstalled: true } unit)
                {
                    why += $"<p id=\"service\">{Html.E($"systemd: {unit.ActiveState} ({unit.SubState}), last exit status {unit.ExecMainStatus}, {unit.Restarts} restart{(unit.Restarts == 1 ? string.Empty : "s")}")}</p>";
                }

                return PageLayout.Result(PageLayout.Render("Status", why, tokens, StatusPage.IdleRefreshSeconds), StatusCodes.Status503ServiceUnavailable);
            }

            var refresh = report.Running is null ? StatusPage.IdleRefreshSeconds : StatusPage.RunningRefreshSeconds;
            return PageLayout.Result(PageLayout.Render("Status", StatusPage.Render(report, BoardSensors.Read(), tokens, time.GetUtcNow()), tokens, refresh));
        });
    }
}
