using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using OpenCsc.Audit;
using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.Data.Migrations;

namespace OpenCsc.Borough.Generation;

public enum SeedPhase
{
    Migrating,
    Clearing,
    Workforce,
    Children,
    Finishing,
    Done,
}

/// <summary>How far a seed has gone: people simulated of all, children created, rows written.</summary>
public sealed record SeedProgress(SeedPhase Phase, long PersonsDone, long PersonsTotal, long ChildrenCreated, long RowsWritten, TimeSpan Elapsed)
{
    public double Fraction => PersonsTotal == 0 ? 0 : (double)PersonsDone / PersonsTotal;
}

/// <summary>What a seed wrote: rows per entity (table), children created, how long it took.</summary>
public sealed record SeedResult(
    IReadOnlyDictionary<string, long> RowsByEntity, long ChildrenCreated, long PersonsSimulated, DateOnly AsOf, DateOnly WindowStart, TimeSpan Elapsed)
{
    public long RowsWritten => RowsByEntity.Values.Sum();

    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? RowsWritten / Elapsed.TotalSeconds : 0;

    /// <summary>The known errors planted (<see cref="DemoBoroughOptions.PlantErrors"/>); empty for a clean borough.</summary>
    public IReadOnlyList<PlantedError> PlantedErrors { get; init; } = [];
}

/// <summary>The database already has data and the caller did not ask to replace it.</summary>
public sealed class DatabaseNotEmptyException(long children, long workers)
    : Exception(string.Create(
        CultureInfo.InvariantCulture,
        $"The database already holds {(children > 0 || workers == 0 ? $"{children} children" : $"{workers} workers")}; pass --force to replace them with a new demo borough."))
{
    public long Children { get; } = children;

    public long Workers { get; } = workers;
}

/// <summary>`opencsc demo seed`: migrates the database and streams a synthetic borough into it in batches.</summary>
public static class DemoBorough
{
    private const int CommitEveryBatches = 10;
    private static readonly TimeSpan _progressInterval = TimeSpan.FromMilliseconds(250);

    /// <param name="inForce">The timescales and calendar in force (the calendar dates the borough's working days and fills the
    /// calendar table); the statutory ones when not given.</param>
    /// <exception cref="ArgumentException">The options are not usable.</exception>
    /// <exception cref="DatabaseNotEmptyException">The database holds children or workers and <paramref name="force"/> is false.</exception>
    public static async Task<SeedResult> SeedAsync(
        DatabaseSettings settings,
        DemoBoroughOptions options,
        IProgress<SeedProgress>? progress,
        bool force,
        CancellationToken cancellationToken,
        TimeProvider? clock = null,
        TimescalesInForce? inForce = null)
    {
        options.ThrowIfInvalid();
        inForce ??= TimescalesInForce.Statutory;
        var stopwatch = Stopwatch.StartNew();
        var generator = new BoroughGenerator(options, clock, inForce.Calendar);
        void Report(SeedPhase phase, long rows) => progress?.Report(
            new SeedProgress(phase, generator.PersonsDone, generator.PersonCount, generator.ChildrenCreated, rows, stopwatch.Elapsed));

        Report(SeedPhase.Migrating, 0);
        await new DatabaseMigrator(settings).MigrateAsync(cancellationToken: cancellationToken);

        (long children, long workers) = await CountExistingAsync(settings, cancellationToken);
        if (children > 0 || workers > 0)
        {
            if (!force)
            {
                throw new DatabaseNotEmptyException(children, workers);
            }

            Report(SeedPhase.Clearing, 0);
            await ClearAsync(settings, cancellationToken);
        }

        Report(SeedPhase.Workforce, 0);
        var rows = new Dictionary<string, long>();
        await using BulkWriter writer = await BulkWriter.OpenAsync(settings, cancellationToken);
        ReferenceRows reference = generator.Reference;
        await WriteAsync(writer, reference.Authorities, rows, cancellationToken);
        await WriteAsync(writer, reference.PopulationEstimates, rows, cancellationToken);
        await WriteAsync(writer, reference.HeadsOfService, rows, cancellationToken);
        await WriteAsync(writer, reference.Services, rows, cancellationToken);
        await WriteAsync(writer, reference.Teams, rows, cancellationToken);
        await WriteAsync(writer, reference.Staff, rows, cancellationToken);
        await WriteAsync(writer, reference.ProspectiveAdopters, rows, cancellationToken);
        await writer.CommitAsync(cancellationToken);

        // Generation runs on another thread and hands over full buffers (at most three exist, so memory stays flat)
        // while this one writes them in order; a borough is the same however its rows are batched.
        BufferedRowSink[] sinks = [new(), new(), new()];
        var filled = Channel.CreateBounded<BufferedRowSink>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        var empty = Channel.CreateUnbounded<BufferedRowSink>();
        foreach (BufferedRowSink buffer in sinks)
        {
            empty.Writer.TryWrite(buffer);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task producer = Task.Run(() => ProduceAsync(generator, options.BatchSize, filled.Writer, empty.Reader, stop.Token), stop.Token);
        try
        {
            long lastReport = 0;
            int batches = 0;
            await foreach (BufferedRowSink batch in filled.Reader.ReadAllAsync(cancellationToken))
            {
                await batch.FlushAsync(writer, cancellationToken);
                if (++batches % CommitEveryBatches == 0)
                {
                    await writer.CommitAsync(cancellationToken);
                }

                empty.Writer.TryWrite(batch);
                if (stopwatch.ElapsedMilliseconds - lastReport >= _progressInterval.TotalMilliseconds)
                {
                    lastReport = stopwatch.ElapsedMilliseconds;
                    Report(SeedPhase.Children, writer.RowsWritten);
                }
            }

            await producer;
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAny(producer);
        }

        Report(SeedPhase.Finishing, writer.RowsWritten);
        await writer.CompleteAsync(cancellationToken);
        foreach (BufferedRowSink buffer in sinks)
        {
            foreach ((string entity, long count) in buffer.Written())
            {
                rows[entity] = rows.GetValueOrDefault(entity) + count;
            }
        }

        (rows["supervision_sessions"], rows["case_decisions"]) = await DemoSupervision.WriteAsync(settings, generator.AsOf, cancellationToken);
        (int frontDoorContacts, int mashAllocations) = await DemoFrontDoor.WriteAsync(settings, generator.AsOf, cancellationToken);
        rows["contacts"] = rows.GetValueOrDefault("contacts") + frontDoorContacts;
        rows["allocations"] = rows.GetValueOrDefault("allocations") + mashAllocations;
        IReadOnlyList<PlantedError> planted = [];

        // Reference data the dashboard needs: the working-day calendar as a table, and the published comparators.
        await using (AppDbContext referenceData = AppDatabase.CreateContext(settings))
        using (referenceData.RecordChangesInBulk("demo seed: reference data"))
        {
            await CalendarTable.EnsureAsync(referenceData, inForce.Calendar, cancellationToken);
            await Indicators.Comparators.DefaultComparators.EnsureAsync(referenceData, cancellationToken);
            rows["calendar_days"] = await referenceData.CalendarDays.LongCountAsync(cancellationToken);
            rows["comparators"] = await referenceData.Comparators.LongCountAsync(cancellationToken);
            // One account per role, for signing in to the demo (only ever made here).
            rows["indicator_targets"] = await Indicators.Targets.DemoTargets.EnsureAsync(referenceData, cancellationToken);
            (rows["staff_accounts"], rows["child_access_grants"], rows["break_glass_accesses"]) = await Accounts.DemoAccounts.EnsureAsync(referenceData, generator.AsOf, cancellationToken);
            if (options.PlantErrors)
            {
                planted = await Generation.PlantedErrors.PlantAsync(referenceData, generator.AsOf, cancellationToken);
            }

            // The borough itself went in through the bulk writer, past SaveChanges: one summary entry for all of it.
            await AuditTrail.RecordAsync(referenceData, new AuditEvent(AuditAction.Create,
                Details: AuditEvent.Json(("operation", "demo seed"), ("rows", new SortedDictionary<string, long>(rows, StringComparer.Ordinal)),
                    ("planted_errors", planted.Select(p => $"{p.Collection} {p.Rule} {p.LaChildId}").ToList()))), cancellationToken);
        }

        stopwatch.Stop();
        Report(SeedPhase.Done, writer.RowsWritten);
        return new SeedResult(rows, generator.ChildrenCreated, generator.PersonCount, generator.AsOf, generator.WindowStart, stopwatch.Elapsed) { PlantedErrors = planted };
    }

    private static async Task ProduceAsync(
        BoroughGenerator generator, int batchSize, ChannelWriter<BufferedRowSink> filled, ChannelReader<BufferedRowSink> empty, CancellationToken cancellationToken)
    {
        try
        {
            BufferedRowSink sink = await empty.ReadAsync(cancellationToken);
            for (long i = 0; i < generator.PersonCount; i++)
            {
                generator.GeneratePerson(i, sink);
                if (sink.Count >= batchSize)
                {
                    await filled.WriteAsync(sink, cancellationToken);
                    sink = await empty.ReadAsync(cancellationToken);
                }
            }

            await filled.WriteAsync(sink, cancellationToken);
            filled.Complete();
        }
        catch (Exception e)
        {
            filled.TryComplete(e);
            throw;
        }
    }

    /// <summary>
    /// Deletes every row of every table in the model, dependants first, in one transaction; foreign keys that make a
    /// cycle (a worker's manager, a service's head, a child's mother) are set to null first.
    /// </summary>
    public static async Task ClearAsync(DatabaseSettings settings, CancellationToken cancellationToken)
    {
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        (IReadOnlyList<(string Table, string Column)> nullify, IReadOnlyList<string> order) = DeleteOrder(db.Model);
        DbConnection connection = db.Database.GetDbConnection();
        await using var clearing = await db.Database.BeginTransactionAsync(cancellationToken);
        DbTransaction transaction = clearing.GetDbTransaction();
        foreach ((string table, string column) in nullify)
        {
            await ExecuteAsync(connection, transaction, $"UPDATE {table} SET {column} = NULL WHERE {column} IS NOT NULL", cancellationToken);
        }

        foreach (string table in order)
        {
            await ExecuteAsync(connection, transaction, $"DELETE FROM {table}", cancellationToken);
        }

        await AuditTrail.RecordAsync(db, new AuditEvent(AuditAction.Delete,
            Details: AuditEvent.Json(("operation", "demo seed: clear the borough"), ("tables", order))), cancellationToken);
        await clearing.CommitAsync(cancellationToken);
    }

    /// <summary>Tables in an order safe for deleting (no table before one that references it), and the columns to null first.</summary>
    public static (IReadOnlyList<(string Table, string Column)> Nullify, IReadOnlyList<string> Order) DeleteOrder(IModel model)
    {
        // The audit trail is append-only: clearing the borough leaves it, and records the clearing.
        var tables = model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.ClrType != typeof(Audit.AuditEntry))
            .ToDictionary(e => e, e => e.GetTableName()!);
        var edges = new List<IForeignKey>();
        var nullify = new List<(string, string)>();
        foreach (IEntityType entity in tables.Keys)
        {
            foreach (IForeignKey key in entity.GetForeignKeys())
            {
                if (key.PrincipalEntityType == entity)
                {
                    nullify.Add((tables[entity], ColumnOf(key)));
                }
                else if (tables.ContainsKey(key.PrincipalEntityType))
                {
                    edges.Add(key);
                }
            }
        }

        var remaining = tables.Keys.OrderBy(e => tables[e], StringComparer.Ordinal).ToList();
        var order = new List<string>();
        while (remaining.Count > 0)
        {
            // Delete first the tables nothing remaining points at.
            var free = remaining.Where(e => !edges.Any(k => k.PrincipalEntityType == e && remaining.Contains(k.DeclaringEntityType))).ToList();
            if (free.Count > 0)
            {
                foreach (IEntityType entity in free)
                {
                    order.Add(tables[entity]);
                    remaining.Remove(entity);
                }

                continue;
            }

            IForeignKey breakable = edges
                .Where(k => remaining.Contains(k.DeclaringEntityType) && remaining.Contains(k.PrincipalEntityType) && !k.IsRequired)
                .OrderBy(k => tables[k.DeclaringEntityType], StringComparer.Ordinal)
                .FirstOrDefault()
                ?? throw new InvalidOperationException("The model's foreign keys form a cycle of required keys; rows cannot be deleted table by table.");
            nullify.Add((tables[breakable.DeclaringEntityType], ColumnOf(breakable)));
            edges.Remove(breakable);
        }

        return (nullify, order);
    }

    private static string ColumnOf(IForeignKey key)
    {
        IProperty property = key.Properties[0];
        var table = StoreObjectIdentifier.Table(key.DeclaringEntityType.GetTableName()!, key.DeclaringEntityType.GetSchema());
        return property.GetColumnName(table)!;
    }

    private static async Task<(long Children, long Workers)> CountExistingAsync(DatabaseSettings settings, CancellationToken cancellationToken)
    {
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        DbConnection connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        return (await CountAsync(connection, "children", cancellationToken), await CountAsync(connection, "workers", cancellationToken));
    }

    private static async Task<long> CountAsync(DbConnection connection, string table, CancellationToken cancellationToken)
    {
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task WriteAsync<T>(BulkWriter writer, List<T> rows, Dictionary<string, long> counts, CancellationToken cancellationToken)
        where T : Entity
    {
        await writer.WriteAsync(rows, BufferedRowSink.Actor, cancellationToken);
        counts[typeof(T).Name] = counts.GetValueOrDefault(typeof(T).Name) + rows.Count;
    }
}
