using LinkedInAuto.Doctor;

namespace LinkedInAuto.Tests.Doctor;

/// <summary>Owner and modes of the state directory and of what it holds, with owners from a fake statx.</summary>
public sealed class StateDirectoryCheckTests : IDisposable
{
    private const UnixFileMode Mode0750 = (UnixFileMode)0b111_101_000;
    private readonly TempDirectory _root = new();
    private readonly FakeSystemProbe _probe = new();
    private readonly string _state;

    public StateDirectoryCheckTests()
    {
        _state = _root.File("state");
        Directory.CreateDirectory(_state);
        File.WriteAllText(Path.Combine(_state, "session.bin"), "x");
        _probe.Files["/etc/passwd"] = "root:x:0:0:root:/root:/bin/bash\npi:x:1000:1000::/home/pi:/bin/bash\n";
        _probe.Stats[_state] = new(1000, 1000, Mode0750);
        _probe.Stats[Path.Combine(_state, "session.bin")] = new(1000, 1000, (UnixFileMode)0b110_000_000);
    }

    [Fact]
    public async Task OwnedByTheServiceUser_Mode0750_Passes()
    {
        var result = await RunAsync();

        Assert.Equal(DoctorResult.Pass("state-dir", $"{_state}: owner pi, mode 0750"), result);
    }

    [Fact]
    public async Task OwnedByAnotherUser_FailsWithChown()
    {
        _probe.Stats[_state] = new(0, 0, Mode0750);

        var result = await RunAsync();

        Assert.Equal(DoctorStatus.Fail, result.Status);
        Assert.Equal($"{_state} belongs to root, not to the service user pi", result.Detail);
        Assert.StartsWith($"`sudo chown -R pi: {_state}`", result.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionFileOwnedByRoot_FailsNamingIt()
    {
        _probe.Stats[Path.Combine(_state, "session.bin")] = new(0, 0, (UnixFileMode)0b110_000_000);

        var result = await RunAsync();

        Assert.Equal(DoctorStatus.Fail, result.Status);
        Assert.Contains("session.bin (root)", result.Detail, StringComparison.Ordinal);
        Assert.Contains("auth import", result.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0b111_111_111, DoctorStatus.Fail, "writable by every user (mode 0777)")]
    [InlineData(0b111_101_101, DoctorStatus.Warn, "open to other users (mode 0755; the unit uses 0750)")]
    [InlineData(0b111_000_000, DoctorStatus.Pass, "mode 0700")]
    public async Task Modes_WorldWritableFails_WorldReadableWarns(int mode, DoctorStatus expected, string fragment)
    {
        _probe.Stats[_state] = new(1000, 1000, (UnixFileMode)mode);

        var result = await RunAsync();

        Assert.Equal(expected, result.Status);
        Assert.Contains(fragment, result.Detail, StringComparison.Ordinal);
        Assert.True(expected == DoctorStatus.Pass || result.Hint == $"`sudo chmod 0750 {_state}`");
    }

    [Fact]
    public async Task Missing_WarnsHowItIsCreated()
    {
        _probe.Stats.Clear();

        var result = await RunAsync();

        Assert.Equal(DoctorStatus.Warn, result.Status);
        Assert.Contains($"install -d -o pi -g pi -m 0750 {_state}", result.Hint, StringComparison.Ordinal);
    }

    public void Dispose() => _root.Dispose();

    private Task<DoctorResult> RunAsync() => new StateDirectoryCheck(FakeSystemProbe.Context(_state), _probe).RunAsync(default);
}
