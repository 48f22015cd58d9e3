using System.Globalization;
using System.Net;
using System.Text;

namespace BrowserMemory;

/// <summary>Serves a static stand-in for LinkedIn's birthday catch-up page: 200 `div[role=listitem]` cards with photos.</summary>
/// <remarks>Modelled on the birthday cards of docs/linkedin-pages.md §3.3; pass --url to measure the fake LinkedIn instead.</remarks>
internal sealed class BirthdayPage : IDisposable
{
    internal const string Path = "/mynetwork/catch-up/birthday/";
    private const int Cards = 200;
    private readonly HttpListener _listener = new();

    internal BirthdayPage()
    {
        var port = FreePort();
        Root = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Root.ToString());
        _listener.Start();
        _ = ServeAsync();
    }

    internal Uri Root { get; }

    public void Dispose() => _listener.Close();

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static string Html()
    {
        var cards = new StringBuilder();
        for (var i = 0; i < Cards; i++)
        {
            var late = i % 3 == 0;
            cards.Append(CultureInfo.InvariantCulture, $"""
                <div role="listitem" class="card">
                  <a href="/in/person-{i}/?miniProfileUrn=urn%3Ali%3Afsd_profile%3AACoA{i}"><img alt="Person {i}" src="/avatar/{i}.bmp" width="72" height="72"><span aria-hidden="true">Prénom{i} Nom{i}</span></a>
                  <p class="x1a2b3">Prénom{i} Nom{i}</p>
                  <p class="x1a2b3 y9z8">{(late ? $"Célébrez l'anniversaire récent de Prénom{i} le 10 nov." : $"Célébrez l'anniversaire de Prénom{i} aujourd'hui")}</p>
                  <a href="/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3AACoA{i}&body=Joyeux%20anniversaire" aria-label="Envoyer un message à Prénom{i} Nom{i}">{(late ? "Joyeux anniversaire avec un peu de retard !" : "Je vous souhaite un très joyeux anniversaire.")}</a>
                </div>
                """);
        }

        return $$"""
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Anniversaires | LinkedIn</title>
            <style>.card{display:flex;gap:12px;align-items:center;padding:12px;border-bottom:1px solid #ddd;font:14px sans-serif} img{border-radius:50%}</style>
            </head><body><main><h1>Anniversaires</h1><div role="list">{{cards}}</div></main></body></html>
            """;
    }

    // A 72×72 24-bit BMP in a colour of its own, so every card decodes a distinct image.
    private static byte[] Avatar(int seed)
    {
        const int Side = 72;
        const int Row = Side * 3;
        var pixels = Row * Side;
        var bmp = new byte[54 + pixels];
        BitConverter.TryWriteBytes(bmp.AsSpan(0), (ushort)0x4D42);
        BitConverter.TryWriteBytes(bmp.AsSpan(2), bmp.Length);
        BitConverter.TryWriteBytes(bmp.AsSpan(10), 54);
        BitConverter.TryWriteBytes(bmp.AsSpan(14), 40);
        BitConverter.TryWriteBytes(bmp.AsSpan(18), Side);
        BitConverter.TryWriteBytes(bmp.AsSpan(22), Side);
        BitConverter.TryWriteBytes(bmp.AsSpan(26), (ushort)1);
        BitConverter.TryWriteBytes(bmp.AsSpan(28), (ushort)24);
        BitConverter.TryWriteBytes(bmp.AsSpan(34), pixels);
        for (var p = 0; p < pixels; p += 3)
        {
            bmp[54 + p] = (byte)(seed * 37);
            bmp[54 + p + 1] = (byte)(p / Row * 3);
            bmp[54 + p + 2] = (byte)(seed * 11);
        }

        return bmp;
    }

    private async Task ServeAsync()
    {
        var html = Encoding.UTF8.GetBytes(Html());
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var path = context.Request.Url!.AbsolutePath;
            var (body, type) = path.StartsWith("/avatar/", StringComparison.Ordinal)
                ? (Avatar(int.Parse(path["/avatar/".Length..].Split('.')[0], CultureInfo.InvariantCulture)), "image/bmp")
                : (html, "text/html; charset=utf-8");
            context.Response.ContentType = type;
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }
}
