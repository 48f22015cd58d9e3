// The reference web page: what a page on the product's web stack costs before any of the product's own code.
// Usage: web-reference PORT KEYDIR [--bare]
//   default: GET /login (a form with an anti-forgery token), POST /login (password "bench-password", cookie login),
//            GET / (a small HTML page, login required), the rate limiter on POST /login, data protection keys in KEYDIR;
//   --bare:  GET / only, no login, no anti-forgery, no data protection: Kestrel and routing alone.
// It prints "listening on http://127.0.0.1:PORT" on stderr once it serves.
using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var port = int.Parse(args[0], CultureInfo.InvariantCulture);
var keys = args[1];
var bare = args.Contains("--bare");

var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(k => k.ListenLocalhost(port));
if (!bare)
{
    builder.Services.AddDataProtection().SetApplicationName("web-reference").PersistKeysToFileSystem(new DirectoryInfo(keys));
    builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o => o.LoginPath = "/login");
    builder.Services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    builder.Services.AddAntiforgery(o => o.FormFieldName = "csrf");
    builder.Services.AddRateLimiter(o => o.AddPolicy("login", context => RateLimitPartition.GetFixedWindowLimiter(
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
        _ => new FixedWindowRateLimiterOptions { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) })));
}

var app = builder.Build();
const string Page = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Status</title></head><body><h1>Status</h1><p>idle</p></body></html>";
if (bare)
{
    app.MapGet("/", () => Results.Content(Page, "text/html; charset=utf-8"));
}
else
{
    app.UseRouting();
    app.UseRateLimiter();
    app.UseAuthentication();
    app.UseAuthorization();
    app.MapGet("/", () => Results.Content(Page, "text/html; charset=utf-8"));
    app.MapGet("/login", (HttpContext context, IAntiforgery antiforgery) =>
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return Results.Content($"<form method=\"post\" action=\"/login\"><input type=\"hidden\" name=\"csrf\" value=\"{tokens.RequestToken}\"><input type=\"password\" name=\"password\"></form>", "text/html; charset=utf-8");
    }).AllowAnonymous();
    app.MapPost("/login", async (HttpContext context, IAntiforgery antiforgery) =>
    {
        await antiforgery.ValidateRequestAsync(context);
        var form = await context.Request.ReadFormAsync();
        if (form["password"] != "bench-password")
        {
            return Results.Redirect("/login");
        }

        await context.SignInAsync(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "owner")], CookieAuthenticationDefaults.AuthenticationScheme)));
        return Results.Redirect("/");
    }).AllowAnonymous().DisableAntiforgery().RequireRateLimiting("login");
}

await app.StartAsync();
await Console.Error.WriteLineAsync($"listening on http://127.0.0.1:{port}");
await app.WaitForShutdownAsync();
