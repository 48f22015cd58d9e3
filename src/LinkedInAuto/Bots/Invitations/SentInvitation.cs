using LinkedInAuto.Pages.Text;

namespace LinkedInAuto.Bots.Invitations;

/// <summary>A pending invitation the account sent, as harvested from the sent list.</summary>
/// <param name="Identity">The invitee's canonical profile URL.</param>
/// <param name="FullName">The invitee's name as displayed (it names the Withdraw button).</param>
/// <param name="TimeText">The elapsed-time text as shown ("Sent 3 weeks ago", "Envoyée il y a 3 semaines").</param>
/// <param name="Age">What the text says, in days (a lower bound for weeks, months, years).</param>
public sealed record SentInvitation(string Identity, string FullName, string TimeText, ElapsedText Age);
