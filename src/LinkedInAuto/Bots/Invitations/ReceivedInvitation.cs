namespace LinkedInAuto.Bots.Invitations;

/// <summary>A received invitation from a person, as harvested from its card.</summary>
/// <param name="Identity">The inviter's canonical profile URL.</param>
/// <param name="FullName">The inviter's name as displayed (it names the Accept and Ignore buttons).</param>
/// <param name="Headline">The inviter's headline, or empty.</param>
/// <param name="MutualConnections">The mutual connections the card states (0 when none).</param>
/// <param name="Note">The personal note's visible text, or null when there is none.</param>
public sealed record ReceivedInvitation(string Identity, string FullName, string Headline, int MutualConnections, string? Note)
{
    /// <summary>Gets a value indicating whether the inviter wrote a personal note.</summary>
    public bool HasNote => !string.IsNullOrWhiteSpace(Note);
}
