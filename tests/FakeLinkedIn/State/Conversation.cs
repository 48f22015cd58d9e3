namespace FakeLinkedIn.State;

/// <summary>A conversation between the account owner and one person.</summary>
internal sealed class Conversation(string id, Person with)
{
    public string Id { get; } = id;

    public Person With { get; } = with;

    public List<ChatMessage> Messages { get; } = [];
}

/// <summary>One message of a conversation, and the day it was sent (headings of the message list).</summary>
internal sealed record ChatMessage(string EventUrn, bool FromMe, string Text, DateOnly? On = null);
