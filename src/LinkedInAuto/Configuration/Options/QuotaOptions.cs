namespace LinkedInAuto.Configuration;

/// <summary>Action budgets per day and week, in the configured time zone; defaults sit inside the commonly published safe limits.</summary>
public sealed class QuotaOptions : IValidatableConfig
{
    /// <summary>Gets or sets the budget for all actions together in one day.</summary>
    [Between(1, 200)]
    public int GlobalDaily { get; set; } = 60;

    /// <summary>Gets or sets the budget for birthday wishes.</summary>
    public QuotaLimit Wish { get; set; } = new(15, 80);

    /// <summary>Gets or sets the budget for profile visits.</summary>
    public QuotaLimit Visit { get; set; } = new(40, 200);

    /// <summary>Gets or sets the budget for accepted invitations.</summary>
    public QuotaLimit Accept { get; set; } = new(30, 150);

    /// <summary>Gets or sets the budget for ignored invitations.</summary>
    public QuotaLimit Ignore { get; set; } = new(30, 150);

    /// <summary>Gets or sets the budget for withdrawn invitations.</summary>
    public QuotaLimit Withdraw { get; set; } = new(20, 80, 20);

    /// <inheritdoc/>
    public void Validate(ConfigValidationContext context)
    {
        foreach (var (key, limit) in new[] { ("wish", Wish), ("visit", Visit), ("accept", Accept), ("ignore", Ignore), ("withdraw", Withdraw) })
        {
            if (limit.Daily > GlobalDaily)
            {
                context.For(key).Error("daily", $"'{limit.Daily}' exceeds global_daily ({GlobalDaily}): expected at most {GlobalDaily}");
            }
        }
    }
}

/// <summary>A budget for one kind of action.</summary>
public sealed class QuotaLimit : IValidatableConfig
{
    /// <summary>Initializes a new instance of the <see cref="QuotaLimit"/> class.</summary>
    public QuotaLimit()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="QuotaLimit"/> class.</summary>
    public QuotaLimit(int daily, int weekly, int? perRun = null)
    {
        Daily = daily;
        Weekly = weekly;
        PerRun = perRun;
    }

    /// <summary>Gets or sets the most actions in one day (0 disables the action).</summary>
    [Between(0, 150)]
    public int Daily { get; set; }

    /// <summary>Gets or sets the most actions in one week (Monday to Sunday).</summary>
    [Between(0, 700)]
    public int Weekly { get; set; }

    /// <summary>Gets or sets the most actions in one run; empty: no per-run limit.</summary>
    [Between(1, 150)]
    public int? PerRun { get; set; }

    /// <inheritdoc/>
    public void Validate(ConfigValidationContext context)
    {
        if (Weekly < Daily)
        {
            context.Error("weekly", $"'{Weekly}' is below daily ({Daily}): expected weekly ≥ daily");
        }
    }
}
