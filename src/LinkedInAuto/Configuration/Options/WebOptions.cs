using System.Net;

namespace LinkedInAuto.Configuration;

/// <summary>`linkedin-auto web`: where the web page listens, when it exits, and its optional TLS certificate.</summary>
public sealed class WebOptions : IValidatableConfig
{
    /// <summary>The <see cref="Listen"/> value meaning every interface (IPv4 and IPv6).</summary>
    public const string AnyAddress = "*";

    /// <summary>Gets or sets the address to listen on: `*` (every interface), `localhost`, or an IP address.</summary>
    public string Listen { get; set; } = AnyAddress;

    /// <summary>Gets or sets the TCP port (0: any free port, for tests).</summary>
    [Between(0, 65535)]
    public int Port { get; set; } = 8080;

    /// <summary>Gets or sets how long the process waits without a request before it exits (0: never); under socket
    /// activation systemd starts it again on the next request.</summary>
    [DurationBetween("0", "7d")]
    public TimeSpan IdleExit { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets or sets the PEM certificate for HTTPS; empty: plain HTTP.</summary>
    [RelativeToConfigFile]
    public string TlsCertificate { get; set; } = string.Empty;

    /// <summary>Gets or sets the PEM private key of <see cref="TlsCertificate"/>.</summary>
    [RelativeToConfigFile]
    public string TlsKey { get; set; } = string.Empty;

    /// <summary>Gets a value indicating whether HTTPS is configured.</summary>
    public bool UsesTls => TlsCertificate.Length > 0;

    /// <inheritdoc/>
    public void Validate(ConfigValidationContext context)
    {
        if (Listen is not (AnyAddress or "localhost") && !IPAddress.TryParse(Listen, out _))
        {
            context.Error("listen", $"'{Listen}' is not valid: expected * (every interface), localhost, or an IP address such as 192.168.1.20 or ::1");
        }

        if (TlsCertificate.Length > 0 != TlsKey.Length > 0)
        {
            context.Error(TlsCertificate.Length > 0 ? "tls_key" : "tls_certificate", "tls_certificate and tls_key go together: set both (PEM files) for HTTPS, or neither for plain HTTP");
        }
    }
}
