using LinkedInAuto.Control;
using LinkedInAuto.Platform;
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
        app.MapGet("/", async (HttpContext context, IAntiforgery antiforgery, DaemonGateway daemon, TimeProvider time) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            var (response, unavailable) = await daemon.SendAsync(new ControlRequest("status"), context.RequestAborted);
            if (response?.Status is not { } report)
            {
                var why = unavailable ?? response?.Error ?? "the daemon sent no status";
                return PageLayout.Result(PageLayout.Render("Status", Html.Notice("error", why), tokens, StatusPage.IdleRefreshSeconds), StatusCodes.Status503ServiceUnavailable);
            }

            var refresh = report.Running is null ? StatusPage.IdleRefreshSeconds : StatusPage.RunningRefreshSeconds;
            return PageLayout.Result(PageLayout.Render("Status", StatusPage.Render(report, BoardSensors.Read(), tokens, time.GetUtcNow()), tokens, refresh));
        });
    }
}
