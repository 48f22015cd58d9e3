using System.Globalization;
using System.Text;
using LinkedInAuto.Configuration;

namespace LinkedInAuto.Tests.Bots.Live;

/// <summary>A people search with 3 pages of results (25 people and 2 "LinkedIn Member" rows) and people the search must not find.</summary>
internal static class VisitorScenario
{
    /// <summary>The geo id of the searched place, mapped from the name `paris` in the config.</summary>
    public const string Geo = "105015875";

    /// <summary>Gets the people the search finds, in result order: slug, name, headline, location, company, degree (null = anonymous row).</summary>
    public static IReadOnlyList<Member> Found(string language) => [.. Enumerable.Range(1, 27).Select(i => MemberAt(language, i))];

    /// <summary>Gets the profile URL of a slug.</summary>
    public static string Url(string slug) => $"https://www.linkedin.com/in/{slug}/";

    /// <summary>Configures one search for DevOps with AWS or Azure in Paris among 2nd and 3rd degrees.</summary>
    public static void Configure(AppConfig config)
    {
        config.Visitor.Locations = new(StringComparer.Ordinal) { ["paris"] = Geo };
        config.Visitor.Searches = [new VisitorSearch { Keywords = "DevOps (AWS OR Azure)", Location = "paris", Network = [NetworkDegree.Second, NetworkDegree.Third] }];
        config.Visitor.MaxPages = 5;
        config.Visitor.StopAfterEmptyPages = 2;
        config.Visitor.RevisitAfter = TimeSpan.FromDays(90);
    }

    /// <summary>Gets the scenario in <paramref name="language"/>, dated <paramref name="today"/>.</summary>
    public static string Yaml(string language, DateOnly today)
    {
        var yaml = new StringBuilder($"""
            language: {language}
            today: {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}
            time_zone: {LiveFakes.TimeZone}
            class_seed: visitor-{language}
            session: {"{"} li_at: AQEDAR-visitor-{language}, username: me@example.com, password: demo {"}"}
            me: {"{"} slug: camille-durand, name: Camille Durand, headline: Recruiter {"}"}
            people:

            """);
        foreach (var m in Found(language))
        {
            var tags = m.Number % 3 == 0 ? "[DevOps, Azure]" : "[DevOps, AWS]";
            if (m.Degree is null)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"  - {{ slug: {m.Slug}, name: {m.Name}, headline: \"{m.Headline}\", degree: 3, tags: [DevOps, AWS], geo: \"{Geo}\", search_anonymous: true }}\n");
            }
            else
            {
                yaml.Append(CultureInfo.InvariantCulture, $"  - {{ slug: {m.Slug}, name: \"{m.Name}\", headline: \"{m.Headline}\", location: \"{m.Location}\", company: \"{m.Company}\", degree: {m.Degree}, tags: {tags}, geo: \"{Geo}\" }}\n");
            }
        }

        // Not found: another cloud, another city, a first-degree connection.
        yaml.Append(CultureInfo.InvariantCulture, $"  - {{ slug: gcp-only, name: Gina Park, headline: DevOps GCP, degree: 2, tags: [DevOps, GCP], geo: \"{Geo}\" }}\n");
        yaml.Append("  - { slug: lyon-aws, name: Louis Ray, headline: DevOps AWS, degree: 2, tags: [DevOps, AWS], geo: \"102203735\" }\n");
        yaml.Append(CultureInfo.InvariantCulture, $"  - {{ slug: friend-aws, name: Fanny Roy, headline: DevOps AWS, degree: 1, tags: [DevOps, AWS], geo: \"{Geo}\" }}\n");
        return yaml.ToString();
    }

    // Rows 6 and 27 are "LinkedIn Member" rows; every third person is 3rd degree; French data carries accents.
    private static Member MemberAt(string language, int i)
    {
        var n = i.ToString("00", CultureInfo.InvariantCulture);
        if (i is 6 or 27)
        {
            return new(i, "anonymous-" + n, "LinkedIn Member", "DevOps Engineer", null, null, null);
        }

        return language == "fr"
            ? new(i, "devops-" + n, $"Élise Dupré {n}", $"Ingénieure DevOps · AWS · équipe {n}", "Paris, Île-de-France, France", $"Société Générale {n}", i % 3 == 0 ? 3 : 2)
            : new(i, "devops-" + n, $"Jordan Smith {n}", $"DevOps Engineer · AWS · team {n}", "Paris, Île-de-France, France", $"CloudCorp {n}", i % 3 == 0 ? 3 : 2);
    }

    /// <summary>A search result and what its profile shows.</summary>
    internal sealed record Member(int Number, string Slug, string Name, string Headline, string? Location, string? Company, int? Degree);
}
