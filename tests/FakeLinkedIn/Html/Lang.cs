namespace FakeLinkedIn.Html;

/// <summary>UI strings that vary with the account language and LinkedIn's typography.</summary>
internal sealed class Lang(bool french)
{
    public const string Nbsp = "\u00A0";
    public const string NarrowNbsp = "\u202F";

    private static readonly string[] s_frMonths = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
    private static readonly string[] s_enMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public bool French { get; } = french;

    public string Code => French ? "fr" : "en";

    /// <summary>Picks the English or French form.</summary>
    public string T(string en, string fr) => French ? fr : en;

    /// <summary>Straight or curly apostrophe: LinkedIn mixes both, so pages alternate by index.</summary>
    public static string Apos(int index) => index % 2 == 0 ? "'" : "’";

    /// <summary>French "de X" with elision before a vowel ("d’Avril").</summary>
    public static string De(string name, string apostrophe) =>
        "AEIOUÉÈÊÂÎÔÛaeiouéèêâîôû".Contains(name[0], StringComparison.Ordinal) ? $"d{apostrophe}{name}" : $"de {name}";

    /// <summary>"le 10 nov." / "Nov 10" (day 1 is "1er" in French); <paramref name="space"/> is a normal or no-break space.</summary>
    public string Date(int month, int day, string space) => French
        ? $"le {(day == 1 ? "1er" : day.ToString(System.Globalization.CultureInfo.InvariantCulture))}{space}{s_frMonths[month - 1]}"
        : $"{s_enMonths[month - 1]}{space}{day}";

    /// <summary>Degree badge text: 1st/2nd/3rd+ or 1er/2e/3e et +.</summary>
    public string Degree(int degree) => degree switch
    {
        1 => T("1st", "1er"),
        2 => T("2nd", "2e"),
        _ => T("3rd+", "3e et +"),
    };

    /// <summary>"!" with the narrow no-break space French typography puts before it.</summary>
    public string Bang => French ? NarrowNbsp + "!" : "!";
}
