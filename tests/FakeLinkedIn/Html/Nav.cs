namespace FakeLinkedIn.Html;

/// <summary>The global navigation bar with the "Me" photo and the search box.</summary>
internal static class Nav
{
    public static string Render(PageContext ctx)
    {
        var me = ctx.World.Me;
        return $"""
            <header id="global-nav" class="global-nav {ctx.C("nav")}" aria-label="{ctx.T("Primary Navigation", "Navigation principale")}">
              <div class="global-nav__content">
                <a class="global-nav__logo" href="/feed/"><span class="visually-hidden">LinkedIn</span>in</a>
                <div id="global-nav-typeahead" class="search-global-typeahead">
                  <input class="search-global-typeahead__input" type="text" role="combobox" aria-autocomplete="list"
                         aria-label="{ctx.T("Search", "Recherche")}" placeholder="{ctx.T("Search", "Recherche")}">
                </div>
                <nav class="global-nav__nav">
                  <ul class="global-nav__primary-items">
                    <li class="global-nav__primary-item"><a class="global-nav__primary-link" href="/feed/">{ctx.T("Home", "Accueil")}</a></li>
                    <li class="global-nav__primary-item"><a class="global-nav__primary-link" href="/mynetwork/">{ctx.T("My Network", "Réseau")}</a></li>
                    <li class="global-nav__primary-item"><a class="global-nav__primary-link" href="/messaging/">{ctx.T("Messaging", "Messagerie")}</a></li>
                    <li class="global-nav__primary-item">
                      <button class="global-nav__primary-link global-nav__primary-link-me-menu-trigger" type="button" aria-expanded="false">
                        <img class="global-nav__me-photo" src="{PageContext.Avatar("me")}" width="24" height="24" alt="{H.E(ctx.T("Photo of ", "Photo de ") + me.Name)}">
                        <span class="t-12 global-nav__primary-link-text">{ctx.T("Me", "Vous")}</span>
                      </button>
                    </li>
                  </ul>
                </nav>
              </div>
            </header>
            """;
    }
}
