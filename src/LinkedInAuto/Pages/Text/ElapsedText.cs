namespace LinkedInAuto.Pages.Text;

/// <summary>What a LinkedIn date or elapsed-time text says.</summary>
public enum ElapsedKind
{
    /// <summary>No date could be read: never guess.</summary>
    Unknown,

    /// <summary>A past moment, <see cref="ElapsedText.Days"/> days ago.</summary>
    Past,

    /// <summary>A future date ("in 2 days"): never late.</summary>
    Upcoming,

    /// <summary>A day and month whose last occurrence is too long ago to be a recent birthday.</summary>
    TooOld,
}

/// <summary>The reading of a date or elapsed-time text, in whole days before today.</summary>
/// <param name="Kind">What the text says.</param>
/// <param name="Days">Days ago when <see cref="ElapsedKind.Past"/> or <see cref="ElapsedKind.TooOld"/>; 0 otherwise.</param>
/// <param name="IsLowerBound">True when the text only gives a minimum ("last week", "1 month ago").</param>
public readonly record struct ElapsedText(ElapsedKind Kind, int Days, bool IsLowerBound)
{
    /// <summary>Gets the reading of a text nothing could be read from.</summary>
    public static ElapsedText Unknown => new(ElapsedKind.Unknown, 0, false);

    /// <summary>Gets the reading of a future date.</summary>
    public static ElapsedText Upcoming => new(ElapsedKind.Upcoming, 0, false);

    /// <summary>Creates the reading of a past moment.</summary>
    public static ElapsedText Past(int days, bool isLowerBound = false) => new(ElapsedKind.Past, days, isLowerBound);
}
