using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace LinkedInAuto.Web;

/// <summary>`linkedin-auto web`: Kestrel serving the pages until it has been idle for `web.idle_exit` (exit 0).</summary>
public static class WebServer
{
    /// <summary>Runs the web page; returns the exit code (1 when it cannot start: no password, bad certificate, port taken).</summary>
    /// <param name="startup">The config and directories.</param>
    /// <param name="error">Where start-up problems and the listening addresses are written (stderr).</param>
    /// <param name="cancellationToken">Stops the page (SIGTERM).</param>
    public static async Task<int> RunAsync(WebStartup startup, TextWriter error, CancellationToken cancellationToken)
    {
        var password = WebPasswordFile.ForConfig(startup.ConfigPath);
        if (password.Read() is { Hash: null } missing)
        {
            await error.WriteLineAsync($"linkedin-auto: the web page stays off: {missing.Problem}. Set its password with `sudo linkedin-auto web password`, then start it again.");
            return 1;
        }

        X509Certificate2? certificate = null;
        if (startup.Options.UsesTls)
        {
            try
            {
                certificate = X509Certificate2.CreateFromPemFile(startup.Options.TlsCertificate, startup.Options.TlsKey);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
            {
                await error.WriteLineAsync($"linkedin-auto: cannot use web.tls_certificate {startup.Options.TlsCertificate} with web.tls_key {startup.Options.TlsKey}: {ex.Message}");
                return 1;
            }
        }

        using (certificate)
        {
            await using var app = Build(startup, certificate);
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException ex)
            {
                await error.WriteLineAsync($"linkedin-auto: the web page cannot listen on {startup.Options.Listen} port {startup.Options.Port}: {ex.Message}");
                return 1;
            }

            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            await error.WriteLineAsync($"linkedin-auto web: listening on {string.Join(", ", addresses)}");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        }
    }

    private static WebApplication Build(WebStartup startup, X509Certificate2? certificate)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "linkedin-auto-web", ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Logging.ClearProviders()
            .AddSimpleConsole(o => o.SingleLine = true)
            .SetMinimumLevel(LogLevel.Information)
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.WebHost.ConfigureKestrel(kestrel => Listen(kestrel, startup.Options, certificate));
        builder.Services.AddWebPage(startup);

        var app = builder.Build();
        app.Use(SecurityHeaders.AddAsync);
        app.Use(async (context, next) =>
        {
            var idle = context.RequestServices.GetRequiredService<IdleWatch>();
            idle.Begin();
            try
            {
                await next(context);
            }
            finally
            {
                idle.End();
            }
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.Use(RequireAntiforgeryAsync);
        app.UseAuthorization();
        WebAssets.Map(app);
        LoginEndpoints.Map(app);
        StatusEndpoints.Map(app);
        ActionEndpoints.Map(app);
        HistoryEndpoints.Map(app);
        ContactsEndpoints.Map(app);
        StatsEndpoints.Map(app);
        LogsEndpoints.Map(app);
        SettingsEndpoints.Map(app);
        app.MapFallback((HttpContext context, IAntiforgery antiforgery) =>
            PageLayout.Result(PageLayout.Render("Not found", "<p>There is no such page. <a href=\"/\">Status</a></p>", antiforgery.GetAndStoreTokens(context)), StatusCodes.Status404NotFound));
        return app;
    }

    // Systemd socket activation when systemd passed us the socket; else the configured address.
    private static void Listen(KestrelServerOptions kestrel, Configuration.WebOptions options, X509Certificate2? certificate)
    {
        kestrel.AddServerHeader = false;
        void Configure(ListenOptions listen)
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }

        if (Environment.GetEnvironmentVariable("LISTEN_PID") == Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)
            && !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("LISTEN_FDS")))
        {
            kestrel.UseSystemd(Configure);
        }
        else if (options.Listen == Configuration.WebOptions.AnyAddress)
        {
            kestrel.ListenAnyIP(options.Port, Configure);
        }
        else if (options.Listen == "localhost")
        {
            kestrel.ListenLocalhost(options.Port, Configure);
        }
        else
        {
            kestrel.Listen(System.Net.IPAddress.Parse(options.Listen), options.Port, Configure);
        }
    }

    // Every POST carries the form's anti-forgery token, or gets 400 before any endpoint sees it.
    private static async Task RequireAntiforgeryAsync(HttpContext context, RequestDelegate next)
    {
        if (HttpMethods.IsPost(context.Request.Method))
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            try
            {
                await antiforgery.ValidateRequestAsync(context);
            }
            catch (AntiforgeryValidationException)
            {
                var html = PageLayout.Render("Form expired", "<p>This form is no longer valid (it was opened before a restart, or did not come from this page). <a href=\"/\">Start again</a>.</p>", tokens: null);
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(html, context.RequestAborted);
                return;
            }
        }

        await next(context);
    }
}
