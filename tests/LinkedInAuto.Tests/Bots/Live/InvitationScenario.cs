using System.Globalization;
using System.Text;
using LinkedInAuto.Configuration;

namespace LinkedInAuto.Tests.Bots.Live;

/// <summary>15 received invitations (13 people, a page, an event) and 6 sent ones, with the rules that decide them.</summary>
internal static class InvitationScenario
{
    /// <summary>The person left pending because the config blacklists them, though they have 15 mutual connections.</summary>
    public const string Blacklisted = "lena-fischer";

    /// <summary>Gets the received invitations from people, in page order, with what the rules must decide.</summary>
    public static IReadOnlyList<Inviter> Inviters { get; } =
    [
        new("ana-costa", "Ana Costa", "Platform lead", "Responsable plateforme", 12, "Thierry O’Neil", null, "accept", "min_mutual"),
        new("ben-okafor", "Ben Okafor", "Account manager", "Chargé de comptes", 10, null, null, "accept", "min_mutual"),
        new("chloe-martin", "Chloé Martin", "Product designer", "Designer produit", 9, "May Chen", null, "leave", "no_rule"),
        new("david-klein", "David Klein", "Senior DevOps Engineer", "Ingénieur DevOps senior", 0, null, null, "accept", "headline_keywords:DevOps"),
        new("eva-nowak", "Eva Nowak", "DevOpsDays organiser", "Organisatrice des DevOpsDays", 2, null, null, "leave", "no_rule"),
        new("farid-haddad", "Farid Haddad", "SRE at Scaleway", "SRE chez Scaleway", 0, null, null, "accept", "headline_keywords:SRE"),
        new("gaelle-roux", "Gaëlle Roux", "Student", "Étudiante", 0, null, "Hello, I would love to learn from your work on Kubernetes operators and on CI pipelines at scale.", "accept", "with_note"),
        new("hugo-petit", "Hugo Petit", "Crypto trader", "Trader crypto", 20, "Ana Costa", null, "ignore", "ignore_headline_keywords:crypto"),
        new("ines-blanc", "Inès Blanc", "Forex signals", "Signaux Forex", 0, null, null, "ignore", "ignore_headline_keywords:forex"),
        new("jules-moreau", "Jules Moreau", "Cryptographer", "Cryptographe", 0, null, null, "leave", "no_rule"),
        new("karim-said", "Karim Saïd", "Business analyst", "Analyste métier", 1, "May Chen", null, "leave", "no_rule"),
        new(Blacklisted, "Léna Fischer", "Growth hacker", "Growth hacker", 15, null, null, "leave", "blacklisted"),
        new("marc-dubois", "Marc Dubois", "Recruiter", "Recruteur", 3, null, "Great to meet you!", "accept", "with_note"),
    ];

    /// <summary>Gets the sent invitations: slug, name, days since sent, and whether `withdraw_after_days: 21` withdraws it.</summary>
    public static IReadOnlyList<(string Slug, string Name, int DaysAgo, bool Withdrawn)> Sent { get; } =
    [
        ("nora-lambert", "Nora Lambert", 0, false),
        ("oscar-weber", "Oscar Weber", 10, false),
        ("pia-schmidt", "Pia Schmidt", 20, false),
        ("quentin-faure", "Quentin Faure", 21, true),
        ("rosa-diaz", "Rosa Díaz", 45, true),
        ("sami-benali", "Sami Benali", 120, true),
    ];

    /// <summary>Gets the profile URL of a slug.</summary>
    public static string Url(string slug) => $"https://www.linkedin.com/in/{slug}/";

    /// <summary>Applies the rules under test and a config blacklist entry.</summary>
    public static void Configure(AppConfig config)
    {
        config.Invitations.Received.Accept.MinMutual = 10;
        config.Invitations.Received.Accept.HeadlineKeywords = ["DevOps", "SRE"];
        config.Invitations.Received.Accept.WithNote = true;
        config.Invitations.Received.IgnoreHeadlineKeywords = ["crypto", "forex"];
        config.Invitations.Sent.WithdrawAfterDays = 21;
        config.Blacklist = [Url(Blacklisted)];
    }

    /// <summary>Gets the scenario in <paramref name="language"/>, dated <paramref name="today"/>.</summary>
    public static string Yaml(string language, DateOnly today)
    {
        var fr = language == "fr";
        var yaml = new StringBuilder($"""
            language: {language}
            today: {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}
            time_zone: {LiveFakes.TimeZone}
            class_seed: invitations-{language}
            session: {"{"} li_at: AQEDAR-invitations-{language}, username: me@example.com, password: demo {"}"}
            me: {"{"} slug: camille-durand, name: Camille Durand, headline: DevOps {"}"}
            people:

            """);
        foreach (var i in Inviters)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ slug: {i.Slug}, name: {Q(i.Name)}, headline: {Q(fr ? i.HeadlineFr : i.HeadlineEn)}, degree: 2 }}\n");
        }

        foreach (var s in Sent)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ slug: {s.Slug}, name: {Q(s.Name)}, headline: Engineer, degree: 2 }}\n");
        }

        yaml.Append("received_invitations:\n");
        foreach (var i in Inviters)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ from: {i.Slug}, mutual_count: {i.Mutual}{(i.MutualName is null ? "" : ", mutual_name: " + Q(i.MutualName))}{(i.Note is null ? "" : ", note: " + Q(i.Note))} }}\n");
        }

        yaml.Append("  - { kind: page, title: Acme Cloud, subtitle: \"IT Services\" }\n");
        yaml.Append("  - { kind: event, title: DevOps Days Paris, subtitle: \"Thu, Dec 4\" }\n");
        yaml.Append("sent_invitations:\n");
        foreach (var s in Sent)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ to: {s.Slug}, sent_days_ago: {s.DaysAgo} }}\n");
        }

        return yaml.ToString();
    }

    private static string Q(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>A person's received invitation and what the rules must do with it.</summary>
    internal sealed record Inviter(string Slug, string Name, string HeadlineEn, string HeadlineFr, int Mutual, string? MutualName, string? Note, string Verdict, string Rule);
}
