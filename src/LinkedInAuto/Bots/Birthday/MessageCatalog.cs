using LinkedInAuto.Configuration;

namespace LinkedInAuto.Bots.Birthday;

/// <summary>The wish templates of `birthday.txt` (today) and `late.txt` (late), validated at load.</summary>
public sealed class MessageCatalog
{
    /// <summary>The file of templates for today's birthdays.</summary>
    public const string TodayFile = "birthday.txt";

    /// <summary>The file of templates for late wishes.</summary>
    public const string LateFile = "late.txt";

    private MessageCatalog(IReadOnlyList<MessageTemplate> today, IReadOnlyList<MessageTemplate> late)
    {
        Today = today;
        Late = late;
    }

    /// <summary>Gets the templates for today's birthdays.</summary>
    public IReadOnlyList<MessageTemplate> Today { get; }

    /// <summary>Gets the templates for late wishes.</summary>
    public IReadOnlyList<MessageTemplate> Late { get; }

    /// <summary>Loads both files from <paramref name="directory"/>.</summary>
    /// <exception cref="ConfigException">A file is missing, empty or has a bad placeholder (every problem, with file:line:column).</exception>
    public static MessageCatalog Load(string directory)
    {
        var errors = new List<ConfigError>();
        var today = TemplateFileReader.Read(Path.Combine(directory, TodayFile), allowDaysLate: false, errors);
        var late = TemplateFileReader.Read(Path.Combine(directory, LateFile), allowDaysLate: true, errors);
        return errors.Count > 0 ? throw new ConfigException(errors) : new MessageCatalog(today, late);
    }

    /// <summary>Picks a template at random, avoiding those in <paramref name="recentIds"/> (what this contact received lately) when possible.</summary>
    public static MessageTemplate Choose(IReadOnlyList<MessageTemplate> templates, IReadOnlySet<string> recentIds, Random random)
    {
        var fresh = templates.Where(t => !recentIds.Contains(t.Id)).ToArray();
        var pool = fresh.Length > 0 ? fresh : templates.ToArray();
        return pool[random.Next(pool.Length)];
    }
}
