namespace LinkedInAuto.Configuration;

/// <summary>Facts about the LinkedIn account that shape how much the bots may do.</summary>
public sealed class AccountOptions
{
    /// <summary>Gets or sets the day automation started on this account; budgets ramp up from it. Empty: no warm-up.</summary>
    public DateOnly? WarmupStart { get; set; }

    /// <summary>Gets or sets how many weeks the warm-up ramp lasts.</summary>
    [Between(1, 26)]
    public int WarmupWeeks { get; set; } = 4;

    /// <summary>Gets or sets how many actions per day the warm-up starts from.</summary>
    [Between(1, 20)]
    public int WarmupStartBudget { get; set; } = 5;

    /// <summary>Gets or sets how long before the `li_at` cookie expires a warning is logged and shown.</summary>
    [DurationBetween("1d", "60d")]
    public TimeSpan SessionExpiryWarning { get; set; } = TimeSpan.FromDays(7);
}
