namespace FakeLinkedIn;

/// <summary>Thread-safe record of the actions done against the fake, in order.</summary>
public sealed class FakeActionLog
{
    private readonly Lock _lock = new();
    private readonly List<FakeAction> _actions = [];
    private readonly List<(Func<FakeAction, bool> Match, TaskCompletionSource<FakeAction> Done)> _waiters = [];

    /// <summary>A copy of every action recorded so far.</summary>
    public IReadOnlyList<FakeAction> Snapshot()
    {
        lock (_lock)
        {
            return [.. _actions];
        }
    }

    /// <summary>Number of recorded actions that change state.</summary>
    public int StateChangingCount
    {
        get
        {
            lock (_lock)
            {
                return _actions.Count(a => a.IsStateChanging);
            }
        }
    }

    public void Add(FakeAction action)
    {
        List<TaskCompletionSource<FakeAction>> done = [];
        lock (_lock)
        {
            _actions.Add(action);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Match(action))
                {
                    done.Add(_waiters[i].Done);
                    _waiters.RemoveAt(i);
                }
            }
        }

        done.ForEach(d => d.TrySetResult(action));
    }

    public void Clear()
    {
        lock (_lock)
        {
            _actions.Clear();
        }
    }

    /// <summary>Completes with the first action (already recorded or future) that matches.</summary>
    public Task<FakeAction> WaitForAsync(Func<FakeAction, bool> match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(match);
        var done = new TaskCompletionSource<FakeAction>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            var existing = _actions.FirstOrDefault(match);
            if (existing is not null)
            {
                return Task.FromResult(existing);
            }

            _waiters.Add((match, done));
        }

        cancellationToken.Register(() => done.TrySetCanceled(cancellationToken));
        return done.Task;
    }
}
