namespace LinkedInAuto.Tests.Configuration;

/// <summary>One broken configuration and what its error must say.</summary>
public sealed record BadConfigCase(string Name, string Yaml, string Path, int Line, int Column, string Fragment)
{
    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>Broken configurations a user can plausibly write, each with the key, position and hint expected.</summary>
public static class BadConfigCases
{
    /// <summary>Gets the cases whose problem is inside the YAML text.</summary>
    public static IReadOnlyList<BadConfigCase> All { get; } =
    [
        new("yaml syntax error", "quotas:\n  wish: { daily: 5\nbirthday:\n  today: true\n", "", 2, 11, "YAML syntax error"),
        new("tab indentation", "birthday:\n\ttoday: true\n", "", 2, 1, "tab used for indentation"),
        new("wrong type for a number", "quotas:\n  global_daily: many\n", "quotas.global_daily", 2, 17, "expected a whole number"),
        new("negative limit", "quotas:\n  wish:\n    daily: -3\n", "quotas.wish.daily", 3, 12, "out of range"),
        new("absurd limit", "quotas:\n  visit: { daily: 5000, weekly: 600 }\n", "quotas.visit.daily", 2, 19, "out of range"),
        new("absurd global budget", "quotas:\n  global_daily: 100000\n", "quotas.global_daily", 2, 17, "from 1 to 200"),
        new("unknown top-level key", "quotaz:\n  global_daily: 10\n", "quotaz", 1, 1, "did you mean 'quotas'"),
        new("unknown nested key", "birthday:\n  max_days_lat: 3\n", "birthday.max_days_lat", 2, 3, "did you mean 'max_days_late'"),
        new("bad cron minute", "schedule:\n  birthday:\n    cron: \"61 9 * * *\"\n", "schedule.birthday.cron", 3, 11, "cron expression"),
        new("cron with words", "schedule:\n  visitor:\n    cron: every weekday\n", "schedule.visitor.cron", 3, 11, "cron expression"),
        new("cron with both day fields", "schedule:\n  invitations:\n    cron: \"0 9 1 * 1\"\n", "schedule.invitations.cron", 3, 11, "not both"),
        new("unknown time zone", "time_zone: Mars/Olympus_Mons\n", "time_zone", 1, 12, "IANA time zone"),
        new("time zone abbreviation", "time_zone: CET\n", "time_zone", 1, 12, "IANA time zone"),
        new("end before start", "schedule:\n  active_hours: { start: \"20:00\", end: \"08:00\" }\n", "schedule.active_hours.end", 2, 40, "expected end later than start"),
        new("duplicate key", "birthday:\n  today: true\n  today: false\n", "today", 3, 3, "duplicate key"),
        new("list where a section is expected", "quotas: [1, 2]\n", "quotas", 1, 9, "expected a section"),
        new("section where a value is expected", "time_zone:\n  name: Europe/Paris\n", "time_zone", 2, 3, "expected a single value"),
        new("duration without unit", "schedule:\n  jitter: 30 minutes\n", "schedule.jitter", 2, 11, "a duration such as"),
        new("duration out of range", "schedule:\n  jitter: 5h\n", "schedule.jitter", 2, 11, "from 0 to 3h"),
        new("unknown enum value", "browser:\n  mode: turbo\n", "browser.mode", 2, 9, "one of default, low_memory"),
        new("yes is not a boolean", "birthday:\n  today: yes\n", "birthday.today", 2, 10, "true or false"),
        new("non-http base url", "linkedin:\n  base_url: ftp://example.org\n", "linkedin.base_url", 2, 13, "http:// or https://"),
        new("base url with a path", "linkedin:\n  base_url: https://www.linkedin.com/feed/\n", "linkedin.base_url", 2, 13, "site root"),
        new("weekly below daily", "quotas:\n  wish: { daily: 12, weekly: 10 }\n", "quotas.wish.weekly", 2, 30, "expected weekly ≥ daily"),
        new("daily above the global budget", "quotas:\n  global_daily: 35\n  visit: { daily: 36, weekly: 100 }\n", "quotas.visit.daily", 3, 19, "exceeds global_daily"),
        new("impossible time of day", "storage:\n  backup:\n    time: \"25:00\"\n", "storage.backup.time", 3, 11, "HH:mm"),
        new("impossible date", "account:\n  warmup_start: 2025-13-01\n", "account.warmup_start", 2, 17, "YYYY-MM-DD"),
        new("min above max", "pacing:\n  action_delay: { min: 2m, max: 30s }\n", "pacing.action_delay.max", 2, 33, "expected max ≥ min"),
        new("every day off", "schedule:\n  days_off: [monday, tuesday, wednesday, thursday, friday, saturday, sunday]\n", "schedule.days_off", 2, 13, "at least one working day"),
        new("unknown day name", "schedule:\n  days_off: [sundy]\n", "schedule.days_off[0]", 2, 14, "one of sunday, monday"),
        new("geo id that is a name", "visitor:\n  locations:\n    lyon: Lyon\n", "visitor.locations.lyon", 3, 11, "numeric LinkedIn geo id"),
        new("search location not mapped", "visitor:\n  searches:\n    - keywords: DevOps\n      location: berlin\n", "visitor.searches[0].location", 4, 17, "defined under visitor.locations"),
        new("unbalanced search keywords", "visitor:\n  searches:\n    - keywords: 'DevOps (AWS OR Azure'\n", "visitor.searches[0].keywords", 3, 17, "balanced parentheses"),
        new("two documents", "birthday:\n  today: true\n---\nbirthday:\n  today: false\n", "", 3, 1, "only one YAML document"),
        new("metrics file without .prom", "metrics:\n  textfile: /var/lib/node-exporter/linkedin.txt\n", "metrics.textfile", 2, 13, "ending in .prom"),
        new("web listen not an address", "web:\n  listen: my-pi\n", "web.listen", 2, 11, "expected * (every interface), localhost, or an IP address"),
        new("web port out of range", "web:\n  port: 80800\n", "web.port", 2, 9, "out of range"),
        new("web idle exit without unit", "web:\n  idle_exit: 10\n", "web.idle_exit", 2, 14, "a duration such as"),
        new("web certificate without key", "web:\n  tls_certificate: /etc/ssl/pi.pem\n", "web.tls_key", 2, 3, "tls_certificate and tls_key go together"),
        new("max days late too large", "birthday:\n  max_days_late: 90\n", "birthday.max_days_late", 2, 18, "from 1 to 30"),
    ];
}
