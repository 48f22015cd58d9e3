using System.Globalization;
using System.Text;

namespace LinkedInAuto.Tests.Bots;

/// <summary>A person on the birthday page of a test scenario.</summary>
/// <param name="Slug">The profile slug.</param>
/// <param name="Name">The full name.</param>
/// <param name="FirstName">LinkedIn's first name in the celebration sentence.</param>
/// <param name="DaysAgo">Days since the birthday (0 = today).</param>
/// <param name="Degree">Network degree (1 = connection).</param>
public sealed record BirthdayPerson(string Slug, string Name, string FirstName, int DaysAgo, int Degree = 1)
{
    /// <summary>Gets the canonical profile URL.</summary>
    public string Url => $"https://www.linkedin.com/in/{Slug}/";
}

/// <summary>The birthday scenario of the bots issue: 12 today, 6 late (1–12 days), 3 blacklisted, 2 not connected, a Lindsay and a Thierry.</summary>
public static class BirthdayScenario
{
    /// <summary>Gets everyone on the page.</summary>
    public static IReadOnlyList<BirthdayPerson> People { get; } =
    [
        new("lindsay-adams", "Lindsay Adams", "Lindsay", 0),
        new("thierry-oneil", "Thierry O’Neil", "Thierry", 0),
        new("jean-pierre-de-la-tour", "Jean-Pierre de la Tour", "Jean-Pierre", 0),
        new("marie-curie-42", "Marie Curie", "Marie", 0),
        new("eloise-durand", "Éloïse Durand", "Éloïse", 0),
        new("paul-martin", "Paul Martin", "Paul", 0),
        new("anne-sophie-moreau", "Anne-Sophie Moreau", "Anne-Sophie", 0),
        new("karim-haddad", "Karim Haddad", "Karim", 0),
        new("lea-chevalier", "Léa Chevalier", "Léa", 0),
        new("nadia-benali", "Nadia Benali", "Nadia", 0),
        new("hugo-lefevre", "Hugo Lefèvre", "Hugo", 0),
        new("chloe-bernard", "Chloé Bernard", "Chloé", 0),
        new("avril-dupont", "Avril Dupont", "Avril", 1),
        new("may-chen", "May Chen", "May", 3),
        new("omar-said", "Omar Saïd", "Omar", 5),
        new("sarah-simon", "Sarah Simon", "Sarah", 8),
        new("lucas-girard", "Lucas Girard", "Lucas", 10),
        new("emma-fontaine", "Emma Fontaine", "Emma", 12),
        new("ines-moreau", "Inès Moreau", "Inès", 0, Degree: 3),
        new("antoine-roux", "Antoine Roux", "Antoine", 2, Degree: 2),
    ];

    /// <summary>Gets the blacklist (config entries): two profile URLs and one name.</summary>
    public static IReadOnlyList<string> Blacklist { get; } =
        ["https://www.linkedin.com/in/hugo-lefevre/", "https://fr.linkedin.com/in/Chloe-Bernard?trk=x", "Nadia Benali"];

    /// <summary>Gets who must be wished with max_days_late 10.</summary>
    public static IReadOnlyList<BirthdayPerson> Eligible { get; } =
        [.. People.Where(p => p.Degree == 1 && p.DaysAgo <= 10 && p.Slug is not ("hugo-lefevre" or "chloe-bernard" or "nadia-benali"))];

    /// <summary>Builds the scenario YAML in <paramref name="language"/>.</summary>
    public static string Yaml(string language, IEnumerable<BirthdayPerson>? people = null)
    {
        var yaml = new StringBuilder();
        yaml.AppendLine(CultureInfo.InvariantCulture, $"language: {language}");
        yaml.AppendLine("time_zone: Europe/Paris");
        yaml.AppendLine("class_seed: birthday-test");
        yaml.AppendLine("me: { slug: camille-durand, name: Camille Durand, headline: Ingénieure }");
        yaml.AppendLine("people:");
        foreach (var p in people ?? People)
        {
            var connect = p.Degree == 1 ? string.Empty : ", connect_button: " + (p.Degree == 3 ? "follow" : "connect");
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - {{ slug: {p.Slug}, name: \"{p.Name}\", first_name: \"{p.FirstName}\", headline: Ingénieur, degree: {p.Degree}, birthday_days_ago: {p.DaysAgo}{connect} }}");
        }

        return yaml.ToString();
    }
}
