namespace LinkedInAuto.Configuration;

/// <summary>The Prometheus textfile rewritten after each run, for node_exporter's textfile collector.</summary>
public sealed class MetricsOptions : IValidatableConfig
{
    /// <summary>Gets or sets the `.prom` file path; empty: no metrics file.</summary>
    public string Textfile { get; set; } = string.Empty;

    /// <inheritdoc/>
    public void Validate(ConfigValidationContext context)
    {
        if (Textfile.Length > 0 && (!Path.IsPathRooted(Textfile) || !Textfile.EndsWith(".prom", StringComparison.Ordinal)))
        {
            context.Error("textfile", $"'{Textfile}' is not valid: expected an absolute path ending in .prom, e.g. /var/lib/prometheus/node-exporter/linkedin-auto.prom");
        }
    }
}
