namespace LinkedInAuto.Configuration;

/// <summary>The birthday bot: today's wishes and late ones.</summary>
public sealed class BirthdayOptions
{
    /// <summary>Gets or sets a value indicating whether today's birthdays are wished.</summary>
    public bool Today { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether recent, missed birthdays get a late wish.</summary>
    public bool Late { get; set; } = true;

    /// <summary>Gets or sets how many days late a wish may still be sent.</summary>
    [Between(1, 30)]
    public int MaxDaysLate { get; set; } = 10;

    /// <summary>Gets or sets the directory holding `birthday.txt` and `late.txt` (one template per line); relative to the config file's directory.</summary>
    [RelativeToConfigFile]
    public string MessagesDir { get; set; } = "messages";

    /// <summary>Gets or sets for how many years a contact never receives the same template twice.</summary>
    [Between(0, 10)]
    public int AvoidRepeatYears { get; set; } = 2;
}
