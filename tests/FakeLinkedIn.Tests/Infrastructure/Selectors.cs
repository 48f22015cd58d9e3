namespace FakeLinkedIn.Tests.Infrastructure;

/// <summary>Selectors copied from docs/linkedin-pages.md §3 (test-side table, not the product's selector file).</summary>
public static class Selectors
{
    // §3.1 shell
    public const string GlobalNav = "#global-nav";
    public const string MePhoto = "img.global-nav__me-photo";
    public const string SearchBox = "#global-nav-typeahead input.search-global-typeahead__input";
    public const string DockedMessaging = ".msg-overlay-list-bubble";
    public const string FeedIdentity = "div.feed-identity-module";
    public const string FeedUpdate = ".feed-shared-update-v2";

    // §3.2 login and verification
    public const string Username = "#username";
    public const string Password = "#password";
    public const string Submit = "button[type=\"submit\"]";
    public const string CaptchaFrame = "iframe[src*=\"captcha\"]";
    public const string CaptchaInternal = "#captcha-internal";
    public const string Pin = "#input__phone_verification_pin";
    public const string PinByName = "input[name=\"pin\"]";
    public const string SecondaryAction = "button.secondary-action";

    // §3.3 birthdays
    public const string BirthdayCard = "div[role=\"listitem\"]";
    public const string NurtureCard = "div[data-view-name=\"nurture-card\"]";
    public const string NurturePrimary = "[data-view-name=\"nurture-card-primary-button\"]";
    public const string ProfileLink = "a[href*=\"/in/\"]";
    public const string ProfileLinkName = "a[href*=\"/in/\"] span[aria-hidden=\"true\"]";
    public const string WishLink = "a[href*=\"/messaging/compose\"]";

    // §3.4 messaging
    public const string Bubble = "aside.msg-overlay-conversation-bubble";
    public const string BubbleTitle = ".msg-overlay-bubble-header__title";
    public const string EntityTitle = ".msg-entity-lockup__entity-title";
    public const string MessageItem = "[data-view-name=\"message-list-item\"]";
    public const string ClassicMessageItem = "li.msg-s-message-list__event";
    public const string Composer = "div.msg-form__contenteditable[role=\"textbox\"][contenteditable=\"true\"]";
    public const string SendButton = "button.msg-form__send-button[type=\"submit\"]";
    public const string SendToggle = ".msg-form__send-toggle";
    public const string CloseConversation = "button[data-control-name=\"overlay.close_conversation_window\"]";
    public const string Dialog = "[role=\"dialog\"]";

    // §3.5 received invitations
    public const string InvitationCard = "[data-view-name*=\"invitation\"]";
    public const string OldInvitationCard = "li.invitation-card";
    public const string InvitationId = "[data-invitation-id]";
    public const string OldActionButton = ".invitation-card__action-btn";

    // §3.6 sent invitations
    public const string SentItem = "li.invitation-card";
    public const string SentTitle = ".invitation-card__title";
    public const string SentTime = "time";

    // §3.7 search
    public const string SearchResult = "div[data-view-name=\"people-search-result\"]";
    public const string SearchLockup = "a[data-view-name=\"search-result-lockup-title\"]";
    public const string NextPage = "button.artdeco-pagination__button--next";
    public const string SearchPromo = "div[data-view-name=\"search-results-promo\"]";

    // §3.8 profile
    public const string HeadingXl = "h1.text-heading-xlarge";
    public const string Headline = "div.text-body-medium.break-words";
    public const string Location = "span.text-body-small.inline.t-black--light.break-words";
    public const string Degree = "span.dist-value";
    public const string AboutAnchor = "div#about";
    public const string ExperienceAnchor = "div#experience";
    public const string ExperienceItem = "li.pvs-list__paged-list-item";
    public const string Entity = "div[class*=\"pvs-entity\"]";

    // §2 states
    public const string WeeklyLimit = "div.ip-fuse-limit-alert[role=\"dialog\"]";
    public const string WeeklyLimitHeader = "h2#ip-fuse-limit-alert__header";
    public const string ErrorToast = "div[data-test-artdeco-toast-item-type=\"error\"]";
}
