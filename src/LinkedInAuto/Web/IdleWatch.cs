namespace LinkedInAuto.Web;

/// <summary>Knows how long the web page has been without a request (none while one is being served).</summary>
public sealed class IdleWatch(TimeProvider time)
{
    private readonly Lock _gate = new();
    private long _lastActivity = time.GetTimestamp();
    private int _inFlight;

    /// <summary>Marks the start of a request.</summary>
    public void Begin()
    {
        lock (_gate)
        {
            _inFlight++;
            _lastActivity = time.GetTimestamp();
        }
    }

    /// <summary>Marks the end of a request.</summary>
    public void End()
    {
        lock (_gate)
        {
            _inFlight--;
            _lastActivity = time.GetTimestamp();
        }
    }

    /// <summary>Gets how long nothing happened (zero while a request is in flight).</summary>
    public TimeSpan QuietFor()
    {
        lock (_gate)
        {
            return _inFlight > 0 ? TimeSpan.Zero : time.GetElapsedTime(_lastActivity);
        }
    }
}
