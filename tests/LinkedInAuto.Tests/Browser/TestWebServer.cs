using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Tests.Browser;

/// <summary>A Kestrel server on 127.0.0.1 with the small pages the browser tests drive.</summary>
public sealed class TestWebServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly System.Threading.Channels.Channel<string> _fingerprintArrivals = System.Threading.Channels.Channel.CreateUnbounded<string>();
    private TaskCompletionSource _hangRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private TestWebServer(WebApplication app) => _app = app;

    /// <summary>Gets the server's root URL.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Gets the User-Agent header of the last request to /headers.</summary>
    public string? LastUserAgent { get; private set; }

    /// <summary>Gets the headers of every request under /fingerprint/, in arrival order, with the path each came to.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<(string Path, IReadOnlyDictionary<string, string> Headers)> FingerprintRequests { get; } = new();

    /// <summary>Completes once a request has come to each of <paramref name="parts"/> under /fingerprint/.</summary>
    public async Task WaitForFingerprintRequestsAsync(IReadOnlyCollection<string> parts, CancellationToken cancellationToken)
    {
        while (!parts.All(part => FingerprintRequests.Any(r => r.Path == part)))
        {
            await _fingerprintArrivals.Reader.ReadAsync(cancellationToken);
        }
    }

    /// <summary>Gets a task that completes when a request reached /hang (which never answers).</summary>
    public Task HangRequested => _hangRequested.Task;

    /// <summary>Starts a server on a free port.</summary>
    public static async Task<TestWebServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var server = new TestWebServer(builder.Build());
        server.Map();
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address);
        return server;
    }

    /// <summary>Resets <see cref="HangRequested"/> for the next test.</summary>
    public void ResetHang() => _hangRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static IResult Html(string body) => Results.Content($"<!doctype html><html><head><meta charset=utf-8><title>t</title></head><body>{body}</body></html>", "text/html");

    private void Map()
    {
        _app.MapGet("/", () => Html("<h1>ok</h1>"));
        _app.MapGet("/input", () => Html(InputPage.Body));
        _app.MapGet("/headers", (HttpContext context) =>
        {
            LastUserAgent = context.Request.Headers.UserAgent.ToString();
            return Html("<p id=ua>" + WebUtility.HtmlEncode(LastUserAgent) + "</p>");
        });
        _app.MapGet("/fingerprint/{part}", (string part, HttpContext context) =>
        {
            FingerprintRequests.Enqueue((part, context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString(), StringComparer.Ordinal)));
            _fingerprintArrivals.Writer.TryWrite(part);
            context.Response.Headers["Accept-CH"] = "Sec-CH-UA-Full-Version-List, Sec-CH-UA-Platform-Version, Sec-CH-UA-Arch, Sec-CH-UA-Bitness, Sec-CH-UA-Model, Sec-CH-UA-Full-Version";
            return part switch
            {
                "page" => Html(FingerprintPage.Body(new Uri(BaseUrl.AbsoluteUri.Replace("127.0.0.1", "localhost", StringComparison.Ordinal)))),
                "frame" => Html("<p>frame</p>"),
                _ => Results.Text("{}", "application/json"),
            };
        });
        _app.MapGet("/hang", async (HttpContext context) =>
        {
            _hangRequested.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        _app.MapGet("/tall", () => Html("<div style='height:5000px'>" + string.Concat(Enumerable.Range(0, 100).Select(i => string.Create(CultureInfo.InvariantCulture, $"<p>line {i}</p>"))) + "</div>"));
    }
}
