using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LinkedInAuto.Storage;

/// <summary>Stores <see cref="DateTime"/> values as UTC and marks them UTC when read back.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
