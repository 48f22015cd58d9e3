using System.Text.Json;
using System.Text.Json.Serialization;
using LinkedInAuto.Configuration;
using LinkedInAuto.Platform;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Scheduling;

/// <summary>Whether schedules are paused, globally or per bot; kept in `$STATE_DIRECTORY/pause.json` so a restart keeps it.</summary>
/// <remarks>
/// A file rather than a far-future cool-down row: pausing is an operator's switch, not a LinkedIn limit, and must work
/// even when the history database is read-only or being restored. Written to a temporary file and renamed.
/// </remarks>
public sealed partial class PauseState
{
    /// <summary>The file name under the state directory.</summary>
    public const string FileName = "pause.json";

    private readonly string _path;
    private readonly ILogger<PauseState> _logger;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private PauseSnapshot _current;

    /// <summary>Initializes a new instance of the <see cref="PauseState"/> class, reading the saved state.</summary>
    public PauseState(AppDirectories directories, ILogger<PauseState> logger, TimeProvider? time = null)
    {
        _path = Path.Combine(directories.StateDirectory, FileName);
        _logger = logger;
        _time = time ?? TimeProvider.System;
        _current = Load();
    }

    /// <summary>Gets the current state; a timed pause whose end has come is over (and the file says so).</summary>
    public PauseSnapshot Current
    {
        get
        {
            lock (_gate)
            {
                if (_current.UntilUtc is { } until && _time.GetUtcNow() >= until)
                {
                    LogTimedPauseOver(until);

                    // Only the pause of every schedule had an end: a bot paused until `resume BOT` stays paused.
                    _current = _current with { All = false, UntilUtc = null };
                    Save(_current);
                }

                return _current;
            }
        }
    }

    /// <summary>Gets a value indicating whether planned runs of <paramref name="bot"/> are skipped.</summary>
    public bool IsPaused(string bot)
    {
        var current = Current;
        return current.All || current.Bots.Contains(bot, StringComparer.Ordinal);
    }

    /// <summary>Pauses every schedule (<paramref name="stopped"/>: by an emergency stop).</summary>
    public void PauseAll(bool stopped) => Update(s => s with { All = true, Stopped = s.Stopped || stopped, UntilUtc = null });

    /// <summary>Pauses every schedule until <paramref name="until"/>, when they resume by themselves (a pause until
    /// `resume` or an emergency stop in effect is not shortened).</summary>
    /// <returns>False when a pause without an end is in effect and stays.</returns>
    public bool PauseAllUntil(DateTimeOffset until)
    {
        var timed = false;
        Update(s =>
        {
            if (s.All && s.UntilUtc is null)
            {
                return s;
            }

            timed = true;
            return s with { All = true, UntilUtc = until };
        });
        return timed;
    }

    /// <summary>Pauses one bot's schedule.</summary>
    public void PauseBot(string bot) => Update(s => s with { Bots = [.. s.Bots.Append(bot).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] });

    /// <summary>Resumes everything.</summary>
    public void ResumeAll() => Update(_ => PauseSnapshot.None);

    /// <summary>Resumes one bot (a global pause stays).</summary>
    public void ResumeBot(string bot) => Update(s => s with { Bots = [.. s.Bots.Where(b => b != bot)] });

    private void Update(Func<PauseSnapshot, PauseSnapshot> change)
    {
        lock (_gate)
        {
            _current = change(Current);
            Save(_current);
        }
    }

    private PauseSnapshot Load()
    {
        try
        {
            if (File.Exists(_path))
            {
                var state = JsonSerializer.Deserialize(File.ReadAllText(_path), PauseJsonContext.Default.PauseSnapshot) ?? PauseSnapshot.None;
                if (state.All || state.Bots.Count > 0)
                {
                    LogRestored(_path, state.All, string.Join(", ", state.Bots), state.UntilUtc?.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? "resume");
                }

                return state;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            // An unreadable pause file must not silently resume: pause everything and say so.
            LogUnreadable(ex, _path);
            return new PauseSnapshot(true, false, []);
        }

        return PauseSnapshot.None;
    }

    private void Save(PauseSnapshot state)
    {
        DurableFile.Replace(_path, JsonSerializer.SerializeToUtf8Bytes(state, PauseJsonContext.Default.PauseSnapshot), UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Schedules stay paused from before the restart ({PauseFile}): all {All}, bots [{Bots}], until {Until}; `linkedin-auto resume` resumes them")]
    private partial void LogRestored(string pauseFile, bool all, string bots, string until);

    [LoggerMessage(Level = LogLevel.Information, Message = "The timed pause ended ({Until:u}); schedules resume")]
    private partial void LogTimedPauseOver(DateTimeOffset until);

    [LoggerMessage(Level = LogLevel.Error, Message = "Cannot read {PauseFile}; every schedule is paused until `linkedin-auto resume`")]
    private partial void LogUnreadable(Exception exception, string pauseFile);
}

/// <summary>The pause switches.</summary>
/// <param name="All">Every schedule is paused.</param>
/// <param name="Stopped">The pause came from `linkedin-auto stop`.</param>
/// <param name="Bots">Bots paused one by one.</param>
/// <param name="UntilUtc">When a timed pause of every schedule ends by itself (null: until `resume`).</param>
public sealed record PauseSnapshot(bool All, bool Stopped, IReadOnlyList<string> Bots, DateTimeOffset? UntilUtc = null)
{
    /// <summary>Gets the state with nothing paused.</summary>
    public static PauseSnapshot None { get; } = new(false, false, []);
}

/// <summary>Serialization of <see cref="PauseSnapshot"/>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(PauseSnapshot))]
internal sealed partial class PauseJsonContext : JsonSerializerContext;
