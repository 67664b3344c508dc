using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using OpenCsc.Audit;

namespace OpenCsc.Data;

/// <summary>Opens contexts and connections for the configured database.</summary>
public static class AppDatabase
{
    public static DbContextOptions<AppDbContext> Options(DatabaseSettings settings)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        Configure(builder, settings);
        return builder.Options;
    }

    public static void Configure(DbContextOptionsBuilder builder, DatabaseSettings settings)
    {
        _ = settings.Provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(settings.ConnectionString, o => o.CommandTimeout(600)),
            DatabaseProvider.Postgres => builder.UseNpgsql(settings.ConnectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(settings)),
        };
        if (settings.AuditKey is { } key)
        {
            ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new AuditKeyOptionsExtension(key));
        }
    }

    public static AppDbContext CreateContext(DatabaseSettings settings, TimeProvider? clock = null) =>
        new(Options(settings), clock);

    /// <summary>
    /// Opens the database, turning "cannot connect" into a message that says where and why, without the password.
    /// </summary>
    /// <exception cref="DatabaseUnavailableException">The server cannot be reached or the file cannot be opened.</exception>
    public static async Task EnsureReachableAsync(DatabaseSettings settings, CancellationToken cancellationToken = default)
    {
        await using AppDbContext db = CreateContext(settings);
        DbConnection connection = db.Database.GetDbConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or DbException or InvalidOperationException or TimeoutException or IOException)
        {
            throw new DatabaseUnavailableException($"Cannot open the {settings.Description}: {FirstLine(e.Message)}", e);
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}

public sealed class DatabaseUnavailableException(string message, Exception inner) : Exception(message, inner);
