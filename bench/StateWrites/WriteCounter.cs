using System.Diagnostics;
using System.Globalization;

namespace StateWrites;

/// <summary>Reads ext4's lifetime_write_kbytes of the state file system around an action, after syncing that file system.</summary>
internal sealed class WriteCounter(string lifetimeFile, string mountedDirectory)
{
    internal async Task<(long Kb, T Result)> MeasureAsync<T>(Func<Task<T>> action)
    {
        var before = await ReadAsync();
        var result = await action();
        return (await ReadAsync() - before, result);
    }

    private async Task<long> ReadAsync()
    {
        // Dirty pages of the finished process are counted only once written back: sync the file system first.
        using (var sync = Process.Start("sync", ["-f", mountedDirectory]))
        {
            await sync.WaitForExitAsync();
        }

        return long.Parse((await File.ReadAllTextAsync(lifetimeFile)).Trim(), CultureInfo.InvariantCulture);
    }
}
