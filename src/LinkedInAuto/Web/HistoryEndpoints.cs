using LinkedInAuto.Control;
using LinkedInAuto.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LinkedInAuto.Web;

/// <summary>`/history` and `/history/export`, answered by the daemon with the queries of `history` and `db export`.</summary>
internal static class HistoryEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/history", async (HttpContext context, IAntiforgery antiforgery, DaemonGateway daemon, WebStartup startup, TimeProvider time) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            var filter = HistoryFilter.From(context.Request.Query);
            var request = new ControlRequest("history", filter.Bot, SinceUtc: time.GetUtcNow().AddDays(-filter.Days));
            var (response, unavailable) = await daemon.SendAsync(request, context.RequestAborted);
            if (response is not { Ok: true, Runs: { } runs })
            {
                return PageLayout.Unavailable("History", unavailable, response, tokens);
            }

            var shown = filter.Outcome is null ? runs : [.. runs.Where(r => r.Outcome == filter.Outcome)];
            return PageLayout.Result(PageLayout.Render("History", HistoryPage.Render(filter, shown, startup.Config.TimeZone.Zone), tokens));
        });

        app.MapGet("/history/export", async (HttpContext context, DaemonGateway daemon) =>
        {
            var table = context.Request.Query["table"].ToString();
            var format = context.Request.Query["format"].ToString();
            if (!HistoryTables.All.Contains(table) || !HistoryQueries.Formats.Contains(format))
            {
                return Results.Text("unknown table or format", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }

            var (response, unavailable) = await daemon.SendAsync(new ControlRequest("export", Table: table, Format: format), context.RequestAborted);
            if (response is not { Ok: true, Export: { } export })
            {
                return Results.Text(unavailable ?? response?.Error ?? "no answer", "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            context.Response.Headers.ContentDisposition = $"attachment; filename=\"linkedin-auto-{table}.{format}\"";
            return Results.Text(export, format == "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8");
        });
    }
}
