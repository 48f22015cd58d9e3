using LinkedInAuto.Storage.Entities;

namespace LinkedInAuto.Storage;

/// <summary>A birthday occurrence already has a wish that is intended, sent or verified; wishing again would be a duplicate.</summary>
public sealed class DuplicateWishException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="DuplicateWishException"/> class.</summary>
    public DuplicateWishException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DuplicateWishException"/> class.</summary>
    public DuplicateWishException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DuplicateWishException"/> class.</summary>
    public DuplicateWishException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DuplicateWishException"/> class for an existing wish.</summary>
    public DuplicateWishException(long existingId, WishState existingState, Exception? innerException = null)
        : base($"A wish for this birthday already exists (id {existingId}, {existingState}).", innerException)
    {
        ExistingId = existingId;
        ExistingState = existingState;
    }

    /// <summary>Gets the id of the wish already recorded, when known.</summary>
    public long? ExistingId { get; }

    /// <summary>Gets its state, when known.</summary>
    public WishState? ExistingState { get; }
}
