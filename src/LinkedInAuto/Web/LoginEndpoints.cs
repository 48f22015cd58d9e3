using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Web;

/// <summary>`/login` and `/logout`: the password form, locked out per client address after repeated failures.</summary>
internal static partial class LoginEndpoints
{
    /// <summary>The one user's name in the cookie.</summary>
    public const string Owner = "owner";

    /// <summary>The rate limiter policy of the login form (WebServiceCollectionExtensions).</summary>
    public const string RateLimitPolicy = "login";

    /// <summary>Login posts one address may make in a minute, right or wrong, before it gets 429.</summary>
    public const int LoginAttemptsPerMinute = 20;

    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/login", (HttpContext context, IAntiforgery antiforgery) =>
            context.User.Identity?.IsAuthenticated == true
                ? Results.Redirect("/")
                : PageLayout.Result(LoginPage.Render(antiforgery.GetAndStoreTokens(context), null))).AllowAnonymous();

        app.MapPost("/login", LogInAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicy);

        app.MapPost("/logout", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/login", permanent: false, preserveMethod: false);
        });
    }

    private static async Task<IResult> LogInAsync(HttpContext context, IAntiforgery antiforgery, LoginThrottle throttle, WebPasswordFile password, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger("LinkedInAuto.Web.Login");
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.LockedFor(client) is { } locked)
        {
            return LockedOut(context, antiforgery, locked);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (password.Verify(form["password"].ToString()))
        {
            throttle.Succeeded(client);
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, Owner)], CookieAuthenticationDefaults.AuthenticationScheme);
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            LogLoggedIn(logger, client);
            return Results.Redirect("/");
        }

        var lockout = throttle.Failed(client);
        LogWrongPassword(logger, client);
        return lockout is { } now
            ? LockedOut(context, antiforgery, now)
            : PageLayout.Result(LoginPage.Render(antiforgery.GetAndStoreTokens(context), "Wrong password."), StatusCodes.Status401Unauthorized);
    }

    private static IResult LockedOut(HttpContext context, IAntiforgery antiforgery, TimeSpan left)
    {
        var seconds = (int)Math.Ceiling(left.TotalSeconds);
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problem = $"Too many wrong passwords from this address: try again in {Math.Ceiling(left.TotalMinutes)} min.";
        return PageLayout.Result(LoginPage.Render(antiforgery.GetAndStoreTokens(context), problem), StatusCodes.Status429TooManyRequests);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Web login from {Client}")]
    private static partial void LogLoggedIn(ILogger logger, string client);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Wrong web password from {Client}")]
    private static partial void LogWrongPassword(ILogger logger, string client);
}
