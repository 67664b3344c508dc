using Microsoft.EntityFrameworkCore;

namespace OpenCsc.Data.Migrations;

/// <summary>
/// The CREATE script EF Core would write for the current model on a provider. Used to draft a new versioned
/// migration (diff it against the previous scripts) and, in tests, to compare against the migrated schema.
/// No database is contacted.
/// </summary>
public static class SchemaScript
{
    public static string Generate(DatabaseProvider provider)
    {
        DatabaseSettings settings = provider == DatabaseProvider.Postgres
            ? new DatabaseSettings(provider, "Host=localhost;Database=opencsc", "script")
            : new DatabaseSettings(provider, "Data Source=:memory:", "script");
        using AppDbContext db = AppDatabase.CreateContext(settings);
        return db.Database.GenerateCreateScript();
    }
}
