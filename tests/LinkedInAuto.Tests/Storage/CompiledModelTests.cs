using LinkedInAuto.Storage;
using LinkedInAuto.Storage.CompiledModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LinkedInAuto.Tests.Storage;

/// <summary>
/// The daemon starts from the generated (compiled) model instead of running the entity configurations at every start;
/// these tests fail as soon as a configuration changes without the model being generated again (Storage/README.md).
/// </summary>
public sealed class CompiledModelTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private HistoryDbContext _context = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync(migrate: false);
        _context = await _storage.Get<IDbContextFactory<HistoryDbContext>>().CreateDbContextAsync();
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public void TheContext_RunsOnTheCompiledModel()
    {
        Assert.IsType<HistoryDbContextModel>(_context.Model);
    }

    [Fact]
    public void CompiledModel_HasTheTablesColumnsKeysAndIndexesOfTheConfigurations()
    {
        // The design-time model is built from OnModelCreating, as it would be without the compiled one. (EF's migrations
        // differ cannot read a compiled model: the parts of the schema the queries use are compared here.)
        var built = _context.GetService<IDesignTimeModel>().Model;

        Assert.Equal(Schema(built.GetRelationalModel()), Schema(_context.Model.GetRelationalModel()));
    }

    [Fact]
    public void CompiledModel_HasTheConvertersAndKeysOfTheConfigurations()
    {
        var built = _context.GetService<IDesignTimeModel>().Model;

        Assert.Equal(Shape(built), Shape(_context.Model));
    }

    private static List<string> Shape(IModel model) =>
        [.. model.GetEntityTypes()
            .SelectMany(e => e.GetProperties().Select(p => string.Join(" | ",
                e.ClrType.Name,
                p.Name,
                p.ClrType.Name,
                p.GetColumnName(),
                p.IsNullable,
                p.GetMaxLength()?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                p.GetValueConverter()?.GetType().Name ?? "-",
                p.ValueGenerated,
                p.IsKey(),
                p.IsConcurrencyToken)))
            .Order(StringComparer.Ordinal)];

    private static List<string> Schema(IRelationalModel model) =>
        [.. model.Tables.SelectMany(t => (IEnumerable<string>)[
                .. t.Columns.Select(c => $"{t.Name} column {c.Name} {c.StoreType} null={c.IsNullable}"),
                $"{t.Name} key {t.PrimaryKey?.Name} ({string.Join(", ", t.PrimaryKey?.Columns.Select(c => c.Name) ?? [])})",
                .. t.ForeignKeyConstraints.Select(f =>
                    $"{t.Name} foreign key {f.Name} ({string.Join(", ", f.Columns.Select(c => c.Name))}) -> {f.PrincipalTable.Name} {f.OnDeleteAction}"),
                .. t.UniqueConstraints.Select(u => $"{t.Name} unique {u.Name} ({string.Join(", ", u.Columns.Select(c => c.Name))})"),
                .. t.Indexes.Select(i => $"{t.Name} index {i.Name} ({string.Join(", ", i.Columns.Select(c => c.Name))}) unique={i.IsUnique} filter={i.Filter}"),
            ])
            .Order(StringComparer.Ordinal)];
}
