namespace LinkedInAuto.Configuration;

/// <summary>The whole of `/etc/linkedin-auto/config.yaml`: one property per section, defaults safe for a real account.</summary>
public sealed class AppConfig : IValidatableConfig
{
    /// <summary>Gets or sets the IANA time zone in which "today", "this week", schedules and active hours are computed.</summary>
    public TimeZoneId TimeZone { get; set; } = TimeZoneId.Parse("Europe/Paris");

    /// <summary>Gets or sets where LinkedIn is reached.</summary>
    public LinkedInOptions Linkedin { get; set; } = new();

    /// <summary>Gets or sets how Chromium is started and driven.</summary>
    public BrowserOptions Browser { get; set; } = new();

    /// <summary>Gets or sets facts about the LinkedIn account (warm-up, session expiry warning).</summary>
    public AccountOptions Account { get; set; } = new();

    /// <summary>Gets or sets when bots run.</summary>
    public ScheduleOptions Schedule { get; set; } = new();

    /// <summary>Gets or sets the delays between actions.</summary>
    public PacingOptions Pacing { get; set; } = new();

    /// <summary>Gets or sets the daily and weekly action budgets.</summary>
    public QuotaOptions Quotas { get; set; } = new();

    /// <summary>Gets or sets profiles (URLs) or names no bot ever acts on.</summary>
    public List<string> Blacklist { get; set; } = [];

    /// <summary>Gets or sets the birthday bot's settings.</summary>
    public BirthdayOptions Birthday { get; set; } = new();

    /// <summary>Gets or sets the visitor bot's settings.</summary>
    public VisitorOptions Visitor { get; set; } = new();

    /// <summary>Gets or sets the invitation bot's settings.</summary>
    public InvitationOptions Invitations { get; set; } = new();

    /// <summary>Gets or sets backups and retention of the history database.</summary>
    public StorageOptions Storage { get; set; } = new();

    /// <summary>Gets or sets the log level.</summary>
    public LogOptions Logging { get; set; } = new();

    /// <summary>Gets or sets the control socket used by the CLI.</summary>
    public ControlOptions Control { get; set; } = new();

    /// <summary>Gets or sets the Prometheus textfile export.</summary>
    public MetricsOptions Metrics { get; set; } = new();

    /// <summary>Gets or sets the optional webhook alerts.</summary>
    public AlertOptions Alerts { get; set; } = new();

    /// <summary>Gets or sets the memory floor checked before each run.</summary>
    public MemoryOptions Memory { get; set; } = new();

    /// <summary>Gets or sets the orphaned-Chromium reaper.</summary>
    public ReaperOptions Reaper { get; set; } = new();

    /// <summary>Gets or sets the web page (`linkedin-auto web`).</summary>
    public WebOptions Web { get; set; } = new();

    /// <inheritdoc/>
    public void Validate(ConfigValidationContext context)
    {
        for (var i = 0; i < Blacklist.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Blacklist[i]))
            {
                context.Error($"blacklist[{i}]", "empty entry: expected a profile URL (https://www.linkedin.com/in/…/) or a full name");
            }
        }
    }
}
