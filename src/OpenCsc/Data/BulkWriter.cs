using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace OpenCsc.Data;

/// <summary>
/// Writes many rows fast, bypassing change tracking: binary COPY on PostgreSQL, one prepared INSERT reused
/// inside a transaction on SQLite. Column lists and value conversions come from the EF Core model, so the
/// rows land exactly as EF would have written them. Rows carry their own keys (set by the caller); after the
/// last batch <see cref="CompleteAsync"/> moves PostgreSQL's identity sequences past them.
/// </summary>
public sealed class BulkWriter : IAsyncDisposable
{
    private readonly AppDbContext _db;
    private readonly DbConnection _connection;
    private readonly Dictionary<Type, TableMap> _maps = [];
    private readonly HashSet<string> _tablesWritten = [];
    private DbTransaction? _transaction;

    private BulkWriter(AppDbContext db, DbConnection connection)
    {
        _db = db;
        _connection = connection;
    }

    public DatabaseProvider Provider { get; private init; }

    public long RowsWritten { get; private set; }

    public static async Task<BulkWriter> OpenAsync(DatabaseSettings settings, CancellationToken cancellationToken = default)
    {
        AppDbContext db = AppDatabase.CreateContext(settings);
        DbConnection connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        if (connection is SqliteConnection)
        {
            await using DbCommand pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        var writer = new BulkWriter(db, connection) { Provider = settings.Provider };
        writer._transaction = await connection.BeginTransactionAsync(cancellationToken);
        return writer;
    }

    /// <summary>Writes the rows, stamping created/updated fields that are still empty with <paramref name="actor"/> and now.</summary>
    public async Task WriteAsync<T>(IReadOnlyList<T> rows, string actor, CancellationToken cancellationToken = default)
        where T : Entity
    {
        if (rows.Count == 0)
        {
            return;
        }

        DateTime now = _db.UtcNowForStorage();
        foreach (T row in rows)
        {
            if (row.CreatedBy.Length == 0)
            {
                row.CreatedBy = actor;
                row.CreatedAt = now;
            }

            if (row.UpdatedBy.Length == 0)
            {
                row.UpdatedBy = row.CreatedBy;
                row.UpdatedAt = row.CreatedAt;
            }
        }

        TableMap map = MapFor(typeof(T));
        _tablesWritten.Add(map.Table);
        if (_connection is NpgsqlConnection npgsql)
        {
            await CopyAsync(npgsql, map, rows, cancellationToken);
        }
        else
        {
            await InsertAsync(map, rows, cancellationToken);
        }

        RowsWritten += rows.Count;
    }

    /// <summary>Commits what has been written so far and starts a new transaction.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        await _transaction!.CommitAsync(cancellationToken);
        await _transaction.DisposeAsync();
        _transaction = await _connection.BeginTransactionAsync(cancellationToken);
    }

    /// <summary>Commits, and on PostgreSQL moves each written table's identity past the largest key written.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        if (_connection is NpgsqlConnection)
        {
            foreach (string table in _tablesWritten)
            {
                await using DbCommand command = _connection.CreateCommand();
                command.Transaction = _transaction;
                command.CommandText =
                    $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), coalesce((SELECT max(id) FROM {table}), 0) + 1, false)";
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await _transaction!.CommitAsync(cancellationToken);
        await _transaction.DisposeAsync();
        _transaction = null;

        if (_connection is NpgsqlConnection)
        {
            // Statistics for the planner now, not whenever autovacuum gets round to it: straight after a bulk load the
            // tables have none, and the first queries plan as if they were empty.
            foreach (string table in _tablesWritten)
            {
                await using DbCommand analyse = _connection.CreateCommand();
                analyse.CommandText = $"ANALYZE {table}";
                await analyse.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.RollbackAsync();
            await _transaction.DisposeAsync();
        }

        foreach (TableMap map in _maps.Values)
        {
            if (map.Insert is not null)
            {
                await map.Insert.DisposeAsync();
            }
        }

        await _connection.CloseAsync();
        await _db.DisposeAsync();
    }

    private async Task CopyAsync<T>(NpgsqlConnection connection, TableMap map, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        string columns = string.Join(", ", map.Columns.Select(c => c.Name));
        await using NpgsqlBinaryImporter importer = await connection.BeginBinaryImportAsync(
            $"COPY {map.Table} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (T row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (ColumnMap column in map.Columns)
            {
                object? value = column.Read(row!);
                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(value, column.StoreType, cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private async Task InsertAsync<T>(TableMap map, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        if (map.Insert is null)
        {
            DbCommand command = _connection.CreateCommand();
            command.CommandText =
                $"INSERT INTO {map.Table} ({string.Join(", ", map.Columns.Select(c => c.Name))}) " +
                $"VALUES ({string.Join(", ", map.Columns.Select((_, i) => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
            for (int i = 0; i < map.Columns.Count; i++)
            {
                DbParameter parameter = command.CreateParameter();
                parameter.ParameterName = "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                command.Parameters.Add(parameter);
            }

            map.Insert = command;
        }

        map.Insert.Transaction = _transaction;
        foreach (T row in rows)
        {
            for (int i = 0; i < map.Columns.Count; i++)
            {
                object? value = map.Columns[i].Read(row!);
                map.Insert.Parameters[i].Value = value switch
                {
                    null => DBNull.Value,
                    // Microsoft.Data.Sqlite would write DateTime with a 'T'; EF Core's SQLite provider stores a space.
                    DateTime dateTime => dateTime.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture),
                    DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    _ => value,
                };
            }

            await map.Insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private TableMap MapFor(Type type)
    {
        if (_maps.TryGetValue(type, out TableMap? map))
        {
            return map;
        }

        IEntityType entity = _db.Model.FindEntityType(type)
            ?? throw new InvalidOperationException($"{type.Name} is not part of the model.");
        string table = entity.GetTableName()!;
        var storeObject = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = new List<ColumnMap>();
        foreach (IProperty property in entity.GetProperties())
        {
            if (property.PropertyInfo is null)
            {
                continue;
            }

            System.Reflection.PropertyInfo info = property.PropertyInfo;
            ValueConverter? converter = property.GetTypeMapping().Converter;
            Func<object, object?> read = converter is null
                ? info.GetValue
                : row => info.GetValue(row) is { } raw ? converter.ConvertToProvider(raw) : null;
            columns.Add(new ColumnMap(property.GetColumnName(storeObject)!, StoreTypeFor(property), read));
        }

        map = new TableMap(table, columns);
        _maps[type] = map;
        return map;
    }

    private static string StoreTypeFor(IProperty property)
    {
        string type = property.GetColumnType();
        // COPY wants the base type name; varchar(n) is written as text.
        int paren = type.IndexOf('(', StringComparison.Ordinal);
        string baseType = paren < 0 ? type : type[..paren].Trim();
        return baseType switch
        {
            "character varying" => "text",
            _ => baseType,
        };
    }

    private sealed record ColumnMap(string Name, string StoreType, Func<object, object?> Read);

    private sealed class TableMap(string table, IReadOnlyList<ColumnMap> columns)
    {
        public string Table { get; } = table;

        public IReadOnlyList<ColumnMap> Columns { get; } = columns;

        public DbCommand? Insert { get; set; }
    }
}
