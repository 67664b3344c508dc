using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OpenCsc.Data;

namespace OpenCsc.Borough;

/// <summary>How many rows each entity of the model holds (the `opencsc stats` figures).</summary>
public static class EntityCounts
{
    /// <summary>True for an entity counted as the borough's data (see <see cref="CountAsync"/> for what is left out, and why).</summary>
    public static bool IsOfTheBorough(IReadOnlyEntityType entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        Type type = entity.ClrType;
        return type != typeof(Audit.AuditEntry) && type != typeof(Calendar.TimescaleChange) && type != typeof(Recording.FormSubmission)
            && type.Namespace != typeof(DataQuality.ValidationRun).Namespace;
    }

    /// <summary>Counts per table, keyed by table name (children, contacts, cin_episodes, ...), in the model's order.</summary>
    public static async Task<IReadOnlyList<KeyValuePair<string, long>>> CountAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        // The audit trail is not an entity of the borough: it grows with every import and is counted by `opencsc audit`.
        // Nor are the data quality runs: they are the validation rules' findings about the borough's data, made by
        // running the rules (`opencsc data-quality run`, or the web host each night), and their explanations. Nor are the
        // changes administrators make to the timescales and closure days: settings, shown on /admin/timescales. Nor the
        // tokens of forms already sent (decision 0031): they stop a replay creating a second record.
        List<string> tables = db.Model.GetEntityTypes()
            .Where(IsOfTheBorough)
            .Select(e => e.GetTableName()!)
            .Except(Accounts.DemoAccounts.IdentityPlumbingTables, StringComparer.Ordinal)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(t => t, StringComparer.Ordinal)
            .ToList();
        // One round trip: a single UNION ALL over every table.
        string sql = string.Join(" UNION ALL ", tables.Select(t => $"SELECT '{t}', count(*) FROM {t}"));
        var counts = new List<KeyValuePair<string, long>>(tables.Count);
        DbConnection connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = sql;
            await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                counts.Add(new(reader.GetString(0), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture)));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        counts.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return counts;
    }
}
