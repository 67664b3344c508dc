using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpenCsc.Data;

namespace OpenCsc.Audit;

/// <summary>
/// Appends entries to the end of the chain inside the caller's transaction. Only one transaction at a time may hold
/// the end of the chain: on PostgreSQL a transaction-scoped advisory lock, taken before the last entry is read and
/// held until commit or rollback; on SQLite the database's single writer lock (OpenCSC's transactions begin
/// IMMEDIATE). The sequence is the primary key, so a writer that got past the lock some other way fails rather than
/// forking the chain. See docs/decisions/0012-audit-trail.md.
/// </summary>
internal static class AuditChain
{
    /// <summary>The advisory lock's key (the migrator uses 7040203).</summary>
    public const long LockKey = 7040212;

    public static async Task<IReadOnlyList<AuditEntry>> AppendAsync(AppDbContext db, IReadOnlyList<AuditEvent> events, bool async, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return [];
        }

        IDbContextTransaction transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Audit entries are written only inside the transaction of what they record.");
        DbConnection connection = db.Database.GetDbConnection();
        DbTransaction dbTransaction = transaction.GetDbTransaction();
        bool postgres = db.Database.IsNpgsql();

        if (postgres)
        {
            await using DbCommand lockCommand = Command(connection, dbTransaction, $"SELECT pg_advisory_xact_lock({LockKey.ToString(CultureInfo.InvariantCulture)})");
            _ = async ? await lockCommand.ExecuteScalarAsync(cancellationToken) : lockCommand.ExecuteScalar();
        }

        long sequence = 0;
        string previous = AuditHash.Genesis;
        await using (DbCommand last = Command(connection, dbTransaction, "SELECT sequence, hash FROM audit_entries ORDER BY sequence DESC LIMIT 1"))
        await using (DbDataReader reader = async ? await last.ExecuteReaderAsync(cancellationToken) : last.ExecuteReader())
        {
            if (async ? await reader.ReadAsync(cancellationToken) : reader.Read())
            {
                sequence = reader.GetInt64(0);
                previous = reader.GetString(1);
            }
        }

        AuditContext who = db.AuditContext;
        DateTime at = AuditHash.ToStoredPrecision(db.UtcNowForStorage());
        var written = new List<AuditEntry>(events.Count);
        await using DbCommand insert = Command(connection, dbTransaction,
            "INSERT INTO audit_entries (sequence, at, user_id, user_name, address, action, entity_type, entity_id, child_id, details, previous_hash, hash, hash_scheme) " +
            "VALUES (@sequence, @at, @user_id, @user_name, @address, @action, @entity_type, @entity_id, @child_id, @details, @previous_hash, @hash, @hash_scheme)");
        foreach (AuditEvent e in events)
        {
            var entry = new AuditEntry
            {
                Sequence = ++sequence,
                At = at,
                UserId = who.UserId,
                UserName = who.UserName,
                Address = who.Address,
                Action = e.Action,
                EntityType = e.EntityType,
                EntityId = e.EntityId,
                ChildId = e.ChildId,
                Details = e.Details,
                PreviousHash = previous,
                HashScheme = AuditHashScheme.HmacSha256,
            };
            entry.Hash = AuditHash.Compute(entry, db.AuditKey);
            previous = entry.Hash;

            insert.Parameters.Clear();
            Add(insert, "@sequence", entry.Sequence);
            Add(insert, "@at", entry.At);
            Add(insert, "@user_id", entry.UserId);
            Add(insert, "@user_name", entry.UserName);
            Add(insert, "@address", entry.Address);
            Add(insert, "@action", entry.Action.ToString());
            Add(insert, "@entity_type", entry.EntityType);
            Add(insert, "@entity_id", entry.EntityId);
            Add(insert, "@child_id", entry.ChildId);
            Add(insert, "@details", entry.Details);
            Add(insert, "@previous_hash", entry.PreviousHash);
            Add(insert, "@hash", entry.Hash);
            Add(insert, "@hash_scheme", entry.HashScheme.ToString());
            _ = async ? await insert.ExecuteNonQueryAsync(cancellationToken) : insert.ExecuteNonQuery();
            written.Add(entry);
        }

        return written;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Add<T>(DbCommand command, string name, T value)
    {
        DbParameter parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = (object?)value ?? DBNull.Value;
        if (value is null && typeof(T) == typeof(long?))
        {
            parameter.DbType = System.Data.DbType.Int64;
        }
        else if (typeof(T) == typeof(string))
        {
            parameter.DbType = System.Data.DbType.String;
        }

        command.Parameters.Add(parameter);
    }
}
