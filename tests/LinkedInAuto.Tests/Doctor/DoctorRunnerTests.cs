using LinkedInAuto.Configuration;
using LinkedInAuto.Doctor;

namespace LinkedInAuto.Tests.Doctor;

/// <summary>The runner keeps going past failures and crashes, and the exit code follows the worst status.</summary>
public sealed class DoctorRunnerTests
{
    [Fact]
    public async Task ThrowingCheck_BecomesAFailure_AndTheOthersStillRun()
    {
        var runner = new DoctorRunner([new Stub("a", () => throw new InvalidOperationException("boom")), new Stub("b", () => DoctorResult.Pass("b", "fine"))], FakeSystemProbe.Context());

        var results = await runner.RunAsync(default);

        Assert.Equal(["a", "b"], results.Select(r => r.Name));
        Assert.Equal(DoctorStatus.Fail, results[0].Status);
        Assert.Equal("the check could not run: InvalidOperationException: boom", results[0].Detail);
        Assert.Equal(DoctorResult.Pass("b", "fine"), results[1]);
    }

    [Fact]
    public async Task InvalidConfig_IsMentionedByTheChecksThatUseIt()
    {
        var context = FakeSystemProbe.Context() with { ConfigErrors = [new ConfigError(null, "quotas", "bad")] };
        var runner = new DoctorRunner([new Stub("uses", () => DoctorResult.Pass("uses", "ok"), usesConfig: true), new Stub("ignores", () => DoctorResult.Pass("ignores", "ok"))], context);

        var results = await runner.RunAsync(default);

        Assert.Equal(["ok (config invalid: built-in defaults used)", "ok"], results.Select(r => r.Detail));
    }

    [Theory]
    [InlineData(DoctorStatus.Pass, false, 0)]
    [InlineData(DoctorStatus.Pass, true, 0)]
    [InlineData(DoctorStatus.Warn, false, 0)]
    [InlineData(DoctorStatus.Warn, true, 1)]
    [InlineData(DoctorStatus.Fail, false, 1)]
    [InlineData(DoctorStatus.Fail, true, 1)]
    public void ExitCode_IsTheWorstStatus_WarningsOnlyUnderStrict(DoctorStatus worst, bool strict, int expected)
    {
        DoctorResult[] results = [DoctorResult.Pass("a", "ok"), new("b", worst, "x", "y"), DoctorResult.Pass("c", "ok")];

        Assert.Equal(expected, DoctorRunner.ExitCode(results, strict));
    }

    private sealed class Stub(string name, Func<DoctorResult> run, bool usesConfig = false) : IDoctorCheck
    {
        public string Name => name;

        public bool UsesConfig => usesConfig;

        public Task<DoctorResult> RunAsync(CancellationToken cancellationToken) => Task.FromResult(run());
    }
}
