using System.Globalization;

namespace LinkedInAuto.Doctor;

/// <summary>The user the daemon runs as, whose files and processes the doctor looks at.</summary>
/// <param name="UserId">Its user id.</param>
/// <param name="Name">Its login name, or the id as text when /etc/passwd does not list it.</param>
public sealed record ServiceAccount(uint UserId, string Name)
{
    /// <summary>The system user the package creates and the unit runs as.</summary>
    public const string PackagedUser = "linkedin-auto";

    /// <summary>The current user when not root (a development or manual setup runs the daemon as itself); as root,
    /// <c>linkedin-auto</c> when that user exists (the packaged service), else root.</summary>
    public static ServiceAccount Resolve(ISystemProbe probe)
    {
        var users = ReadUsers(probe.ReadText("/etc/passwd"));
        var self = probe.EffectiveUserId;
        if (self == 0 && users.FirstOrDefault(u => u.Name == PackagedUser) is { } packaged)
        {
            return packaged;
        }

        return new ServiceAccount(self, NameOf(users, self));
    }

    /// <summary>Names <paramref name="userId"/> from /etc/passwd, or returns the id as text.</summary>
    public static string NameOf(IReadOnlyList<ServiceAccount> users, uint userId) =>
        users.FirstOrDefault(u => u.UserId == userId)?.Name ?? userId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses passwd(5) lines (`name:x:uid:gid:…`); malformed lines are skipped.</summary>
    public static IReadOnlyList<ServiceAccount> ReadUsers(string? passwd)
    {
        var users = new List<ServiceAccount>();
        foreach (var line in (passwd ?? string.Empty).Split('\n'))
        {
            var fields = line.Split(':');
            if (fields.Length >= 3 && uint.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var uid))
            {
                users.Add(new ServiceAccount(uid, fields[0]));
            }
        }

        return users;
    }
}
