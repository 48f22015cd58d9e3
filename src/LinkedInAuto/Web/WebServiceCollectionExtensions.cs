using System.Globalization;
using System.Threading.RateLimiting;
using LinkedInAuto.Control;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInAuto.Web;

/// <summary>Registers the web page's services.</summary>
public static class WebServiceCollectionExtensions
{
    /// <summary>How long a login lasts without a request (each request extends it).</summary>
    public static readonly TimeSpan LoginLifetime = TimeSpan.FromHours(8);

    /// <summary>Adds the cookie login, anti-forgery, the idle exit and the daemon gateway.</summary>
    public static IServiceCollection AddWebPage(this IServiceCollection services, WebStartup startup)
    {
        var secure = startup.Options.UsesTls ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        Directory.CreateDirectory(startup.KeyDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        services.AddDataProtection()
            .SetApplicationName("linkedin-auto-web")
            .PersistKeysToFileSystem(new DirectoryInfo(startup.KeyDirectory));

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.Cookie.Name = "linkedin-auto-web";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = secure;
            options.ExpireTimeSpan = LoginLifetime;
            options.SlidingExpiration = true;
            options.LoginPath = "/login";
            options.LogoutPath = "/logout";
            options.AccessDeniedPath = "/login";
        });
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "linkedin-auto-csrf";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = secure;
            options.FormFieldName = "csrf";
            options.HeaderName = null;

            // Every response carries X-Frame-Options: DENY already (SecurityHeaders).
            options.SuppressXFrameOptionsHeader = true;
        });

        // Each password check costs a PBKDF2 derivation (a tenth of a second on a Pi): whatever the lock-out counts,
        // one address gets at most LoginAttemptsPerMinute login posts a minute, the rest answered 429 at once.
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(LoginEndpoints.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = LoginEndpoints.LoginAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var retry = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await rejected.HttpContext.Response.WriteAsync("Too many login attempts from this address: wait a minute.", cancellationToken);
            };
        });

        services.AddSingleton(startup);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(WebPasswordFile.ForConfig(startup.ConfigPath));
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<IdleWatch>();
        services.AddHostedService<IdleExitService>();
        services.AddSingleton(new ControlClient(startup.Directories.ControlSocketPath));
        services.AddSingleton<DaemonGateway>();
        services.AddSingleton(provider => new SystemBus.SystemFacts(
            Environment.GetEnvironmentVariable(SystemBus.SystemFacts.AddressVariable), provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<SystemBus.SystemFacts>>()));
        return services;
    }
}
