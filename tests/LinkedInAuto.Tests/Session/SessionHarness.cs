using LinkedInAuto.Configuration;
using LinkedInAuto.Session;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace LinkedInAuto.Tests.Session;

/// <summary>A state directory (and optionally a credentials directory) in /tmp with the session services over it.</summary>
public sealed class SessionHarness : IDisposable
{
    private readonly TempDirectory _root = new();

    /// <summary>Initializes a new instance of the <see cref="SessionHarness"/> class.</summary>
    public SessionHarness(bool withCredentials = false, Uri? baseUrl = null, FakeTimeProvider? clock = null)
    {
        Clock = clock ?? new FakeTimeProvider(SessionSamples.Now);
        StateDirectory = Directory.CreateDirectory(_root.File("state")).FullName;
        CredentialsDirectory = withCredentials ? Directory.CreateDirectory(_root.File("credentials")).FullName : null;
        Directories = new AppDirectories(StateDirectory, _root.File("run"), CredentialsDirectory);
        Config = new ConfigStore("test.yaml", new AppConfig { TimeZone = TimeZoneId.Parse("Europe/Paris") });
        if (baseUrl is not null)
        {
            Config.Current.Linkedin.BaseUrl = baseUrl;
        }

        Keys = new SessionKeyStore(Directories);
        Store = new SessionStore(Directories, Keys);
        Importer = new SessionImporter(Store, Config, Clock);
        Status = new SessionStatusReader(Store, Config, Clock);
        Jar = new SessionCookieJar(Store, Config, Clock, JarLog);
    }

    /// <summary>Gets the clock every service reads.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>Gets the jar's log.</summary>
    public FakeLogger<SessionCookieJar> JarLog { get; } = new();

    /// <summary>Gets the state directory.</summary>
    public string StateDirectory { get; }

    /// <summary>Gets the credentials directory, when created.</summary>
    public string? CredentialsDirectory { get; }

    /// <summary>Gets the directories.</summary>
    public AppDirectories Directories { get; }

    /// <summary>Gets the configuration (Europe/Paris, 7-day warning).</summary>
    public ConfigStore Config { get; }

    /// <summary>Gets the key store.</summary>
    public SessionKeyStore Keys { get; }

    /// <summary>Gets the session store.</summary>
    public SessionStore Store { get; }

    /// <summary>Gets the importer.</summary>
    public SessionImporter Importer { get; }

    /// <summary>Gets the status reader.</summary>
    public SessionStatusReader Status { get; }

    /// <summary>Gets the jar.</summary>
    public SessionCookieJar Jar { get; }

    /// <summary>Gets a scratch directory for input files, outside the state directory.</summary>
    public string Input(string name)
    {
        Directory.CreateDirectory(_root.File("input"));
        return Path.Combine(_root.File("input"), name);
    }

    /// <summary>Writes <paramref name="text"/> to an input file and imports it.</summary>
    public async Task<SessionImportResult> ImportTextAsync(string name, string text, SessionFormat format = SessionFormat.Auto)
    {
        var path = Input(name);
        await File.WriteAllTextAsync(path, text);
        return await Importer.ImportAsync(await CookieSource.ReadFileAsync(path, CancellationToken.None), format, CancellationToken.None);
    }

    /// <inheritdoc/>
    public void Dispose() => _root.Dispose();
}
