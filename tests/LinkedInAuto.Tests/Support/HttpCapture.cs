using System.Collections.Specialized;
using System.Net;
using System.Threading.Channels;

namespace LinkedInAuto.Tests;

/// <summary>A real local HTTP server that records every request (method, path, headers, body) and answers with a chosen
/// status, or never answers (a server that hangs).</summary>
public sealed class HttpCapture : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Channel<CapturedRequest> _requests = Channel.CreateUnbounded<CapturedRequest>();
    private readonly CancellationTokenSource _stop = new();

    /// <summary>Initializes a new instance of the <see cref="HttpCapture"/> class on a free port of 127.0.0.1.</summary>
    /// <param name="status">The status answered; 0: never answer.</param>
    /// <param name="answer">The body answered.</param>
    public HttpCapture(int status = 200, string answer = "{\"ok\":true}")
    {
        Url = $"http://127.0.0.1:{SmtpSink.FreePort()}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = ServeAsync(status, answer);
    }

    /// <summary>Gets the root URL, with a trailing slash.</summary>
    public string Url { get; }

    /// <summary>Gets how many requests arrived so far.</summary>
    public int Count { get; private set; }

    /// <summary>Waits (30 s at most) for the next request.</summary>
    public async Task<CapturedRequest> ReceiveAsync() =>
        await _requests.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>Gets a value indicating whether a request arrived that was not received yet.</summary>
    public bool HasMore => _requests.Reader.TryPeek(out _);

    /// <inheritdoc/>
    public void Dispose()
    {
        _stop.Cancel();
        ((IDisposable)_listener).Dispose();
        _stop.Dispose();
    }

    private async Task ServeAsync(int status, string answer)
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            Count++;
            _requests.Writer.TryWrite(new CapturedRequest(context.Request.HttpMethod, context.Request.RawUrl ?? string.Empty, context.Request.Headers, body.ToArray()));
            if (status == 0)
            {
                continue; // never answered: the client times out
            }

            context.Response.StatusCode = status;
            var bytes = System.Text.Encoding.UTF8.GetBytes(answer);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}

/// <summary>One request seen by <see cref="HttpCapture"/>.</summary>
/// <param name="Method">The method.</param>
/// <param name="Path">The raw path and query.</param>
/// <param name="Headers">The headers.</param>
/// <param name="Body">The body's bytes.</param>
public sealed record CapturedRequest(string Method, string Path, NameValueCollection Headers, byte[] Body)
{
    /// <summary>Gets the body as UTF-8 text.</summary>
    public string Text => System.Text.Encoding.UTF8.GetString(Body);
}
