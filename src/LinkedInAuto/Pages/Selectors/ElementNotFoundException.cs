namespace LinkedInAuto.Pages.Selectors;

/// <summary>An element the bots need is missing or ambiguous: the step stops rather than guess.</summary>
public sealed class ElementNotFoundException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ElementNotFoundException"/> class.</summary>
    public ElementNotFoundException(string element, int count, IReadOnlyList<SelectorAlternative> tried)
        : base($"'{element}': expected exactly one visible, enabled match, found {count} (tried: {string.Join(" | ", tried)})")
    {
        Element = element;
        Count = count;
    }

    /// <summary>Initializes a new instance of the <see cref="ElementNotFoundException"/> class.</summary>
    public ElementNotFoundException()
    {
        Element = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="ElementNotFoundException"/> class.</summary>
    public ElementNotFoundException(string message)
        : base(message)
    {
        Element = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="ElementNotFoundException"/> class.</summary>
    public ElementNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        Element = string.Empty;
    }

    /// <summary>Gets the element's name.</summary>
    public string Element { get; }

    /// <summary>Gets how many visible, enabled matches there were.</summary>
    public int Count { get; }
}
