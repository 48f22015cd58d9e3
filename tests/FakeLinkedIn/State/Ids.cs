using System.Security.Cryptography;
using System.Text;

namespace FakeLinkedIn.State;

/// <summary>Deterministic LinkedIn-looking identifiers derived from stable inputs.</summary>
internal static class Ids
{
    /// <summary>A member id such as <c>ACoAAB3x…</c>.</summary>
    public static string MemberId(string slug) => "ACoAA" + Alnum(Hash("member:" + slug.ToLowerInvariant()), 34);

    /// <summary>A base64url thread id like <c>2-ZDBk…MA==</c>: padding kept, as LinkedIn does.</summary>
    public static string ThreadId(string slug) =>
        "2-" + Convert.ToBase64String(Hash("thread:" + slug.ToLowerInvariant())[..16]).Replace('+', '-').Replace('/', '_');

    /// <summary>A message event URN.</summary>
    public static string EventUrn(string threadId, int sequence) =>
        $"urn:li:msg_message:(urn:li:fsd_profile:ACoAAme,{threadId}-{sequence})";

    /// <summary>A numeric invitation id.</summary>
    public static string InvitationId(int index, string key) =>
        (7_100_000_000L + (BitConverter.ToUInt32(Hash("inv:" + key)) % 100_000_000) + index).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    private static string Alnum(byte[] bytes, int length) =>
        new(Convert.ToBase64String(bytes).Where(char.IsAsciiLetterOrDigit).Take(length).ToArray());
}
