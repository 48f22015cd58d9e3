namespace LinkedInAuto.Alerts;

/// <summary>The HTTP side shared by the ntfy, Telegram and webhook channels.</summary>
public static class AlertHttp
{
    /// <summary>Creates the client the channels share; each attempt is bounded by the delivery's own timeout too.</summary>
    public static HttpClient CreateClient() => new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(10), PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Throws an <see cref="HttpRequestException"/> naming the status and the start of the server's answer when it is not a success.</summary>
    public static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        body = body.Length > 200 ? body[..200] + "…" : body;
        throw new HttpRequestException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}{(body.Length > 0 ? ": " + body.ReplaceLineEndings(" ") : string.Empty)}", null, response.StatusCode);
    }
}
