using System.Globalization;
using FakeLinkedIn.State;

namespace FakeLinkedIn.Html.Pages;

/// <summary>One sent invitation (§3.6): name link, elapsed time, Withdraw.</summary>
internal static class SentInvitationItem
{
    public static string Render(PageContext ctx, SentInvitation s, int index)
    {
        var p = s.To;
        var days = ctx.Today.DayNumber - s.SentOn.DayNumber;
        var elapsed = Elapsed(ctx, days, Lang.Apos(index));
        var time = ctx.Variant
            ? $"""<span class="time-badge t-black--light">{H.E(elapsed)}</span>"""
            : $"""<time class="time-badge t-black--light" datetime="{s.SentOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}">{H.E(elapsed)}</time>""";
        var tag = ctx.Variant ? "div" : "li";
        var withdraw = ctx.T($"Withdraw invitation sent to {p.Name}", $"Retirer l’invitation envoyée à {p.Name}");
        return $"""
            <{tag} class="invitation-card artdeco-list__item {ctx.C("sent-item")}">
              <a href="{p.ProfilePath}" class="invitation-card__picture"><img src="{PageContext.Avatar(p.Id)}" alt="{H.E(p.Name)}" width="56" height="56"></a>
              <div class="invitation-card__details">
                <a href="{p.ProfilePath}" class="invitation-card__link"><span class="invitation-card__title t-16">{H.E(p.Name)}</span></a>
                <p class="invitation-card__subtitle t-14">{H.E(p.Headline)}</p>
              </div>
              <div class="invitation-card__action-container">
                {time}
                <button type="button" class="artdeco-button artdeco-button--muted artdeco-button--tertiary {ctx.C("withdraw-button")}" aria-label="{H.E(withdraw)}"><span class="artdeco-button__text">{ctx.T("Withdraw", "Retirer")}</span></button>
              </div>
            </{tag}>
            """;
    }

    /// <summary>"Sent 3 weeks ago" / "Envoyée il y a 3 semaines", counted down in whole units like LinkedIn.</summary>
    public static string Elapsed(PageContext ctx, int days, string ap)
    {
        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        return days switch
        {
            <= 0 => ctx.T("Sent today", $"Envoyée aujourd{ap}hui"),
            1 => ctx.T("Sent yesterday", "Envoyée hier"),
            < 7 => ctx.T($"Sent {N(days)} days ago", $"Envoyée il y a {N(days)} jours"),
            < 14 => ctx.T("Sent 1 week ago", "Envoyée il y a 1 semaine"),
            < 30 => ctx.T($"Sent {N(days / 7)} weeks ago", $"Envoyée il y a {N(days / 7)} semaines"),
            < 60 => ctx.T("Sent 1 month ago", "Envoyée il y a 1 mois"),
            < 365 => ctx.T($"Sent {N(days / 30)} months ago", $"Envoyée il y a {N(days / 30)} mois"),
            < 730 => ctx.T("Sent 1 year ago", "Envoyée il y a 1 an"),
            _ => ctx.T($"Sent {N(days / 365)} years ago", $"Envoyée il y a {N(days / 365)} ans"),
        };
    }
}
