using System.Globalization;
using LinkedInAuto.Configuration;

namespace LinkedInAuto.Tests.Configuration;

public sealed class ConfigLoaderTests
{
    private static readonly Dictionary<string, string> s_noEnvironment = [];

    public static TheoryData<BadConfigCase> Cases() => [.. BadConfigCases.All];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_BadConfig_ReportsKeyPositionAndHint(BadConfigCase bad)
    {
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Parse(bad.Yaml, "config.yaml", s_noEnvironment));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(bad.Path, error.Path);
        Assert.Equal(new ConfigLocation("config.yaml", bad.Line, bad.Column), error.Location);
        Assert.Contains(bad.Fragment, error.Problem, StringComparison.Ordinal);
        Assert.StartsWith($"config.yaml:{bad.Line}:{bad.Column}: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsAllInFileOrder()
    {
        const string yaml = "birthday:\n  today: maybe\nquotas:\n  global_daily: -1\nschedule:\n  jitter: soon\n";

        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Parse(yaml, "c.yaml", s_noEnvironment));

        Assert.Equal(["birthday.today", "quotas.global_daily", "schedule.jitter"], ex.Errors.Select(e => e.Path));
        Assert.Equal([2, 4, 6], ex.Errors.Select(e => e.Location!.Line));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("# only a comment\n# and another\n")]
    public void Parse_EmptyFile_IsAnError(string yaml)
    {
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Parse(yaml, "c.yaml", s_noEnvironment));

        Assert.Contains("the file is empty", Assert.Single(ex.Errors).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_NamesFileAndRemedy()
    {
        var path = Path.Combine(Path.GetTempPath(), "linkedin-auto-missing-" + Guid.NewGuid().ToString("N"), "config.yaml");

        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Load(path, s_noEnvironment));

        Assert.Equal($"{path}: not found: its directory does not exist; pass --config PATH (or set LINKEDIN_AUTO_CONFIG)", Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void Load_Directory_IsRejected()
    {
        using var dir = new TempDirectory();

        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Load(dir.Path, s_noEnvironment));

        Assert.Contains("is a directory", Assert.Single(ex.Errors).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BinaryGarbage_IsNotUtf8()
    {
        using var dir = new TempDirectory();
        var path = dir.File("config.yaml");
        File.WriteAllBytes(path, [0xff, 0xfe, 0x00, 0x81, 0xc3, 0x28, 0x0a]);

        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Load(path, s_noEnvironment));

        Assert.Contains("is not UTF-8 text", Assert.Single(ex.Errors).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ShippedConfig_IsValidAndEqualsTheDefaults()
    {
        var shipped = ConfigLoader.Load(RepositoryPaths.ShippedConfig, s_noEnvironment);

        var defaults = new AppConfig();
        RelativePaths.Resolve(defaults, Path.GetDirectoryName(RepositoryPaths.ShippedConfig)!);
        Assert.Equal(ConfigPrinter.Render(defaults), ConfigPrinter.Render(shipped));
    }

    [Fact]
    public void Parse_EnvironmentOverride_ReplacesOneKey()
    {
        var environment = new Dictionary<string, string> { ["LINKEDIN_AUTO__QUOTAS__WISH__DAILY"] = "5", ["LINKEDIN_AUTO__LINKEDIN__BASE_URL"] = "http://127.0.0.1:5000" };

        var config = ConfigLoader.Parse("quotas:\n  wish: { daily: 12, weekly: 50 }\n", "c.yaml", environment);

        Assert.Equal(5, config.Quotas.Wish.Daily);
        Assert.Equal(50, config.Quotas.Wish.Weekly);
        Assert.Equal(new Uri("http://127.0.0.1:5000"), config.Linkedin.BaseUrl);
    }

    [Fact]
    public void Parse_PartialSection_KeepsTheOtherDefaults()
    {
        var config = ConfigLoader.Parse("quotas:\n  visit: { daily: 5 }\nschedule:\n  birthday: { enabled: false }\n", "c.yaml", s_noEnvironment);

        Assert.Equal(5, config.Quotas.Visit.Daily);
        Assert.Equal(200, config.Quotas.Visit.Weekly);
        Assert.False(config.Schedule.Birthday.Enabled);
        Assert.Equal("0 9 * * *", config.Schedule.Birthday.Cron.Text);
    }

    [Fact]
    public void Parse_EnvironmentOverrideInFlowStyle_ReplacesAList()
    {
        var environment = new Dictionary<string, string> { ["LINKEDIN_AUTO__SCHEDULE__DAYS_OFF"] = "[saturday, sunday]" };

        var config = ConfigLoader.Parse("schedule:\n  days_off: [monday]\n", "c.yaml", environment);

        Assert.Equal([DayOfWeek.Saturday, DayOfWeek.Sunday], config.Schedule.DaysOff);
    }

    [Fact]
    public void Parse_BadEnvironmentOverride_NamesTheVariable()
    {
        var environment = new Dictionary<string, string> { ["LINKEDIN_AUTO__QUOTAS__WISH__DAILY"] = "lots" };

        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Parse("birthday:\n  today: true\n", "c.yaml", environment));

        Assert.Equal("environment variable LINKEDIN_AUTO__QUOTAS__WISH__DAILY: quotas.wish.daily: 'lots' is not valid: expected a whole number", Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void Parse_StandardCron_BecomesQuartzExpression()
    {
        var config = ConfigLoader.Parse("schedule:\n  visitor:\n    cron: \"15 14 * * 1-5\"\n  birthday:\n    cron: \"0 9 * * 0,6\"\n", "c.yaml", s_noEnvironment);

        Assert.Equal("0 15 14 ? * MON-FRI", config.Schedule.Visitor.Cron.QuartzExpression);
        Assert.Equal("0 0 9 ? * SUN,SAT", config.Schedule.Birthday.Cron.QuartzExpression);
    }

    [Fact]
    public void Parse_UnderFrenchCulture_ReadsNumbersInvariantly()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
        try
        {
            var config = ConfigLoader.Parse("pacing:\n  action_delay: { min: 1.5s, max: 2.5s }\n", "c.yaml", s_noEnvironment);

            Assert.Equal(TimeSpan.FromMilliseconds(1500), config.Pacing.ActionDelay.Min);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
