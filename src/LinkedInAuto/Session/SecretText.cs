namespace LinkedInAuto.Session;

/// <summary>Renders secrets for people: only their length, never a character of them.</summary>
public static class SecretText
{
    /// <summary>Returns a placeholder such as <c>***(152 chars)</c> for <paramref name="secret"/>.</summary>
    /// <remarks>Even a prefix is withheld: li_at values share a fixed prefix, and any visible part helps no one debug.</remarks>
    public static string Mask(string? secret) => secret is null ? "(none)" : $"***({secret.Length} chars)";
}
