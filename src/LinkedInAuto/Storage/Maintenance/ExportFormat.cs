namespace LinkedInAuto.Storage.Maintenance;

/// <summary>The formats of `db export`.</summary>
public enum ExportFormat
{
    /// <summary>RFC 4180 CSV, UTF-8, one file per table.</summary>
    Csv,

    /// <summary>One JSON document holding every table.</summary>
    Json,
}
