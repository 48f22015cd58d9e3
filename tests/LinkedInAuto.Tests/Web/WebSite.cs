using System.Net;
using System.Text.RegularExpressions;
using LinkedInAuto.Cli;
using LinkedInAuto.Tests.Daemon;

namespace LinkedInAuto.Tests.Web;

/// <summary>A real `linkedin-auto web` process on 127.0.0.1 with a free port, in a daemon test environment's
/// directories (so it reaches that daemon's control socket when one runs), with its password set by `web password`.</summary>
internal sealed partial class WebSite : IAsyncDisposable
{
    /// <summary>The password the tests set.</summary>
    public const string Password = "correct horse battery";

    private WebSite(DaemonTestEnvironment environment, AppProcess process, Uri baseUrl)
    {
        Environment = environment;
        Process = process;
        BaseUrl = baseUrl;
    }

    public DaemonTestEnvironment Environment { get; }

    public AppProcess Process { get; }

    public Uri BaseUrl { get; }

    /// <summary>The `web:` section for the tests: loopback, any free port.</summary>
    public static string WebSection(string idleExit = "10m") => $"""
        web:
          listen: 127.0.0.1
          port: 0
          idle_exit: {idleExit}
        """;

    /// <summary>Sets the password and starts `linkedin-auto web` in <paramref name="environment"/> (its config must have <see cref="WebSection"/>).</summary>
    public static async Task<WebSite> StartAsync(DaemonTestEnvironment environment, params (string Name, string? Value)[] variables)
    {
        Assert.Equal(0, await SetPasswordAsync(environment, Password + "\n" + Password + "\n"));
        var process = StartProcess(environment, variables);
        try
        {
            var line = await process.WaitForStderrAsync(l => l.StartsWith("linkedin-auto web: listening on ", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
            return new WebSite(environment, process, new Uri(ListeningRegex().Match(line).Value));
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts `linkedin-auto web --config …` in <paramref name="environment"/>.</summary>
    public static AppProcess StartProcess(DaemonTestEnvironment environment, params (string Name, string? Value)[] variables) =>
        AppProcess.Start(["web", "--config", environment.ConfigPath], environment.Environment(variables));

    /// <summary>Runs `web password` in-process with <paramref name="stdin"/> as a non-terminal standard input.</summary>
    public static async Task<int> SetPasswordAsync(DaemonTestEnvironment environment, string stdin, StringWriter? output = null, StringWriter? error = null)
    {
        var variables = environment.Environment();
        AuthTerminal.Override.Value = new AuthTerminal(new StringReader(stdin), false, name => variables.GetValueOrDefault(name));
        try
        {
            return await CliApplication.RunAsync(["web", "password", "--config", environment.ConfigPath], (_, _) => Task.FromResult(0), new CliConsole(output ?? new StringWriter(), error ?? new StringWriter()));
        }
        finally
        {
            AuthTerminal.Override.Value = null;
        }
    }

    /// <summary>A client that keeps cookies and never follows redirects (so tests see them).</summary>
    public HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = BaseUrl };

    /// <summary>Reads the anti-forgery token from a form on <paramref name="path"/>.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        // Any status: a page saying the daemon is down (503) still carries its forms.
        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        return TokenRegex().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("no csrf token on " + path + ":\n" + html);
    }

    /// <summary>Posts the login form with <paramref name="password"/>.</summary>
    public static async Task<HttpResponseMessage> LogInAsync(HttpClient client, string password)
    {
        var token = await TokenAsync(client, "/login");
        return await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["csrf"] = token, ["password"] = password }));
    }

    public ValueTask DisposeAsync() => Process.DisposeAsync();

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex ListeningRegex();

    [GeneratedRegex("name=\"csrf\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}
