using LinkedInAuto.Pages.States;

namespace LinkedInAuto.Engine;

/// <summary>The page is not the logged-in page the step expected: the bot reacts according to the state (stop, cool down, skip, retry).</summary>
public sealed class PageStateException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="PageStateException"/> class.</summary>
    public PageStateException(PageClassification classification)
        : base($"{classification.State}: {classification.Reason} ({classification.Url?.AbsolutePath})")
    {
        Classification = classification;
    }

    /// <summary>Initializes a new instance of the <see cref="PageStateException"/> class.</summary>
    public PageStateException()
        : this(new PageClassification(PageState.Unexpected, "unknown", null))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PageStateException"/> class.</summary>
    public PageStateException(string message)
        : this(new PageClassification(PageState.Unexpected, message, null))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PageStateException"/> class.</summary>
    public PageStateException(string message, Exception innerException)
        : base(message, innerException)
    {
        Classification = new PageClassification(PageState.Unexpected, message, null);
    }

    /// <summary>Gets what the page was.</summary>
    public PageClassification Classification { get; }

    /// <summary>Gets the page state.</summary>
    public PageState State => Classification.State;
}
