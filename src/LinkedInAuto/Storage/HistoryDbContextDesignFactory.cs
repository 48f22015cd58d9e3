using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LinkedInAuto.Storage;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the app (see Storage/README.md).</summary>
internal sealed class HistoryDbContextDesignFactory : IDesignTimeDbContextFactory<HistoryDbContext>
{
    /// <inheritdoc/>
    public HistoryDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<HistoryDbContext>();
        HistoryDatabase.Configure(options, Path.Combine(Path.GetTempPath(), "linkedin-auto-design.db"), new SqlitePragmaInterceptor());
        return new HistoryDbContext(options.Options);
    }
}
