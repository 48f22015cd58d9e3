using System.Globalization;
using System.Reflection;

namespace LinkedInAuto.Configuration;

/// <summary>One-off settings of one manual run (`run birthday --max-days-late N`, `run visitor --keywords … --location … --limit N`).</summary>
/// <remarks>
/// They are checked by the same rules, with the same messages, as the config keys they stand for, against the
/// configuration in effect (a location name must be one of its visitor.locations), and apply to that run only.
/// </remarks>
/// <param name="MaxDaysLate">birthday.max_days_late for this run.</param>
/// <param name="Keywords">The keywords of this run's only search (visitor).</param>
/// <param name="Location">The location of this run's only search: a geo id or a name from visitor.locations.</param>
/// <param name="Limit">The most profiles visited in this run (quotas.visit.per_run).</param>
public sealed record RunOverrides(int? MaxDaysLate = null, string? Keywords = null, string? Location = null, int? Limit = null)
{
    /// <summary>Gets a value indicating whether nothing is overridden.</summary>
    public bool IsEmpty => MaxDaysLate is null && Keywords is null && Location is null && Limit is null;

    /// <summary>Checks the overrides for <paramref name="bot"/> against <paramref name="config"/>.</summary>
    /// <returns>Each problem as (option, message), empty when they are valid.</returns>
    public IReadOnlyList<(string Option, string Problem)> Problems(string bot, AppConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var problems = new List<(string, string)>();
        NotFor(problems, bot, "birthday", ("--max-days-late", MaxDaysLate is not null));
        NotFor(problems, bot, "visitor", ("--keywords", Keywords is not null), ("--location", Location is not null), ("--limit", Limit is not null));
        Bounds(problems, "--max-days-late", typeof(BirthdayOptions), nameof(BirthdayOptions.MaxDaysLate), MaxDaysLate);
        Bounds(problems, "--limit", typeof(QuotaLimit), nameof(QuotaLimit.PerRun), Limit);
        if (Keywords is not null || Location is not null)
        {
            var errors = new List<ConfigError>();
            var visitor = ApplyTo(config).Visitor;
            var context = new ConfigValidationContext("visitor", errors, new Dictionary<string, ConfigLocation>());
            visitor.Validate(context);
            visitor.Searches[0].Validate(context.For("searches[0]"));
            problems.AddRange(errors.Select(e => (e.Path.EndsWith(".location", StringComparison.Ordinal) ? "--location" : "--keywords", e.Problem)));
        }

        return problems;
    }

    /// <summary>Gets a copy of <paramref name="config"/> with the overrides applied; the sections not overridden are shared.</summary>
    public AppConfig ApplyTo(AppConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var copy = ShallowCopy(config);
        if (MaxDaysLate is { } days)
        {
            copy.Birthday = ShallowCopy(config.Birthday);
            copy.Birthday.MaxDaysLate = days;
        }

        if (Keywords is not null || Location is not null)
        {
            var template = config.Visitor.Searches.FirstOrDefault() ?? new VisitorSearch();
            var search = ShallowCopy(template);
            search.Keywords = Keywords ?? template.Keywords;
            search.Location = Location ?? template.Location;
            copy.Visitor = ShallowCopy(config.Visitor);
            copy.Visitor.Searches = [search];
        }

        if (Limit is { } limit)
        {
            copy.Quotas = ShallowCopy(config.Quotas);
            copy.Quotas.Visit = new QuotaLimit(config.Quotas.Visit.Daily, config.Quotas.Visit.Weekly, limit);
        }

        return copy;
    }

    /// <summary>Describes the overrides for logs and messages, e.g. "max_days_late 3".</summary>
    public override string ToString() => string.Join(", ", new[]
    {
        MaxDaysLate is { } d ? "max_days_late " + d.ToString(CultureInfo.InvariantCulture) : null,
        Keywords is { } k ? $"keywords \"{k}\"" : null,
        Location is { } l ? $"location {l}" : null,
        Limit is { } n ? "limit " + n.ToString(CultureInfo.InvariantCulture) : null,
    }.Where(p => p is not null));

    private static void NotFor(List<(string, string)> problems, string bot, string owner, params (string Option, bool Given)[] options)
    {
        foreach (var (option, given) in options)
        {
            if (given && bot != owner)
            {
                problems.Add((option, $"applies to the {owner} bot only, not to {bot}"));
            }
        }
    }

    private static void Bounds(List<(string, string)> problems, string option, Type owner, string property, int? value)
    {
        if (value is { } number && ConfigBinder.OutOfRange(owner.GetProperty(property)!, number, number.ToString(CultureInfo.InvariantCulture)) is { } problem)
        {
            problems.Add((option, problem));
        }
    }

    private static T ShallowCopy<T>(T source)
        where T : new()
    {
        var copy = new T();
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.CanWrite))
        {
            property.SetValue(copy, property.GetValue(source));
        }

        return copy;
    }
}
