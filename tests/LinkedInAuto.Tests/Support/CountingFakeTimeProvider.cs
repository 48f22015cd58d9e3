using Microsoft.Extensions.Time.Testing;

namespace LinkedInAuto.Tests.Support;

/// <summary>A <see cref="FakeTimeProvider"/> that counts the timers created through it, so a test can tell that the code
/// under test armed its timer (or did not) before it moves time.</summary>
public sealed class CountingFakeTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];
    private int _created;

    /// <summary>Gets how many timers were created.</summary>
    public int TimersCreated => Volatile.Read(ref _created);

    /// <inheritdoc/>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        var created = Interlocked.Increment(ref _created);
        lock (_waiters)
        {
            foreach (var waiter in _waiters.Where(w => w.Count <= created).ToList())
            {
                waiter.Done.TrySetResult();
                _waiters.Remove(waiter);
            }
        }

        return timer;
    }

    /// <summary>Completes once <paramref name="count"/> timers were created (30 s at most): the code under test armed its timer.</summary>
    public Task WaitForTimersAsync(int count)
    {
        lock (_waiters)
        {
            if (TimersCreated >= count)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, done));
            return done.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }
}
