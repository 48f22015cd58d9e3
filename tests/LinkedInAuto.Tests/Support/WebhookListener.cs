using System.Net;
using System.Net.Sockets;

namespace LinkedInAuto.Tests;

/// <summary>A real local HTTP listener standing for the alert webhook: it receives the JSON bodies POSTed to it.</summary>
public sealed class WebhookListener : IDisposable
{
    private readonly HttpListener _listener = new();

    /// <summary>Initializes a new instance of the <see cref="WebhookListener"/> class on a free port of 127.0.0.1.</summary>
    public WebhookListener()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/";
        }

        _listener.Prefixes.Add(Url);
        _listener.Start();
    }

    /// <summary>Gets the listener's root URL, with a trailing slash.</summary>
    public string Url { get; }

    /// <summary>Receives <paramref name="count"/> JSON POSTs (30 s each at most), answering 200, and returns their bodies.</summary>
    public async Task<List<string>> ReceiveAsync(int count)
    {
        var bodies = new List<string>();
        while (bodies.Count < count)
        {
            var context = await _listener.GetContextAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal("POST", context.Request.HttpMethod);
            Assert.StartsWith("application/json", context.Request.ContentType, StringComparison.Ordinal);
            using var reader = new StreamReader(context.Request.InputStream);
            bodies.Add(await reader.ReadToEndAsync());
            context.Response.StatusCode = 200;
            context.Response.Close();
        }

        return bodies;
    }

    /// <inheritdoc/>
    public void Dispose() => ((IDisposable)_listener).Dispose();
}
