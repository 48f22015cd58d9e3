using LinkedInAuto.Pages.Text;

namespace LinkedInAuto.Bots.Birthday;

/// <summary>One card of the birthday catch-up page as harvested: who, what the sentence says, and what can be done.</summary>
/// <param name="Identity">The canonical profile URL.</param>
/// <param name="FullName">The name as displayed.</param>
/// <param name="FirstName">LinkedIn's first name from the sentence, or null.</param>
/// <param name="Sentence">The celebration sentence.</param>
/// <param name="Elapsed">What the sentence says about the date.</param>
/// <param name="HasWishAction">Whether the card offers the wish (message) action.</param>
/// <param name="NotConnected">Whether the card offers Connect/Follow: not a first-degree connection, never messaged.</param>
public sealed record BirthdayCard(string Identity, string FullName, string? FirstName, string Sentence, ElapsedText Elapsed, bool HasWishAction, bool NotConnected);
