namespace LinkedInAuto.Tests.Storage;

/// <summary>A clock the test sets; only <see cref="GetUtcNow"/> is faked, which is all the stores read.</summary>
internal sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
