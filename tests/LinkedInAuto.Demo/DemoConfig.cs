namespace LinkedInAuto.Demo;

/// <summary>The demo's configuration: the shipped defaults, with the fake as the site, fast pacing and the demo's rules.</summary>
public static class DemoConfig
{
    /// <summary>Gets the config text for a fake at <paramref name="baseUrl"/>.</summary>
    public static string Yaml(Uri baseUrl) => $$"""
        # LinkedInAuto demo: the local fake LinkedIn, fast pacing (never use these timings with a real account).
        time_zone: Europe/Paris
        linkedin:
          base_url: {{baseUrl.GetLeftPart(UriPartial.Authority)}}
        browser:
          human: { fast: true }
        schedule:
          active_hours: { start: "00:00", end: "24:00" }
          days_off: []
        pacing:
          action_delay: { min: 0, max: 0 }
          long_break_every: 0
        birthday:
          max_days_late: 7
        visitor:
          searches:
            - keywords: "DevOps (AWS OR Azure)"
              location: paris
              network: [second, third]
          locations:
            paris: "105015875"
          max_pages: 3
        invitations:
          received:
            accept:
              min_mutual: 5
              headline_keywords: [devops, sre]
              with_note: true
            ignore_headline_keywords: [commercial]
          sent:
            withdraw_after_days: 21
        """;
}
