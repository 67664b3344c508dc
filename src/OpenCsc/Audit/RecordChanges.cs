using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using OpenCsc.Children;
using OpenCsc.Data;

namespace OpenCsc.Audit;

/// <summary>
/// The audit entries for one SaveChanges, taken from the change tracker: one entry per created, updated or deleted
/// domain row (every <see cref="Entity"/>) with its old and new values, and one summary entry per action for the
/// rest (reference data such as calendar_days; ASP.NET Core Identity's tables, so no password hash is copied), or for everything while the context records in bulk
/// (<see cref="AppDbContext.RecordChangesInBulk"/>). Old values are read before the save; new rows' values, keys
/// included, after it.
/// </summary>
internal sealed class RecordChanges
{
    /// <summary>The stamps every row carries: the audit entry's own who and when, so not repeated in its details.</summary>
    private static readonly HashSet<string> StampProperties = new(StringComparer.Ordinal)
    {
        nameof(Entity.CreatedAt), nameof(Entity.CreatedBy), nameof(Entity.UpdatedAt), nameof(Entity.UpdatedBy),
        nameof(Entity.RowVersion),
    };

    private readonly List<Change> _changes = [];
    private readonly SortedDictionary<AuditAction, SortedDictionary<string, int>> _summary = [];
    private readonly string? _bulkOperation;

    private RecordChanges(string? bulkOperation) => _bulkOperation = bulkOperation;

    public bool IsEmpty => _changes.Count == 0 && _summary.Count == 0;

    /// <summary>
    /// Call before the save: reads what is about to change. In bulk, updated and deleted domain rows are still
    /// described one by one (old and new values) when <paramref name="describeRowChanges"/> says so: an import's
    /// change to a recorded value is an edit like any other.
    /// </summary>
    public static RecordChanges Capture(AppDbContext db, string? bulkOperation, bool describeRowChanges = false)
    {
        var record = new RecordChanges(bulkOperation);
        foreach (EntityEntry entry in db.ChangeTracker.Entries())
        {
            AuditAction? action = entry.State switch
            {
                EntityState.Added => AuditAction.Create,
                EntityState.Modified => AuditAction.Update,
                EntityState.Deleted => AuditAction.Delete,
                _ => null,
            };
            // A form's token is bookkeeping for the record it created, which has its own entry.
            if (action is not { } a || entry.Entity is AuditEntry or Recording.FormSubmission)
            {
                continue;
            }

            bool perRow = entry.Entity is Entity && (bulkOperation is null || (describeRowChanges && a != AuditAction.Create));
            if (!perRow)
            {
                SortedDictionary<string, int> counts = record._summary.TryGetValue(a, out var c) ? c : record._summary[a] = new(StringComparer.Ordinal);
                counts[entry.Metadata.ClrType.Name] = counts.GetValueOrDefault(entry.Metadata.ClrType.Name) + 1;
                continue;
            }

            // New rows are described after the save, when their keys are known.
            record._changes.Add(new Change(entry, a, a == AuditAction.Create ? null : Describe(entry, a), a == AuditAction.Create ? null : KeyOf(entry, original: true),
                a == AuditAction.Create ? null : ChildOf(entry, original: a == AuditAction.Delete)));
        }

        return record;
    }

    /// <summary>
    /// Call after the save (before changes are accepted): the events to append. A row with no child of its own (an
    /// assessment's factor, a plan's core group) is the child of the record it belongs to: that record's child is
    /// taken from the context when it is tracked, else read in the save's transaction.
    /// </summary>
    public async Task<IReadOnlyList<AuditEvent>> ToEventsAsync(AppDbContext db, bool async, CancellationToken cancellationToken)
    {
        var events = new List<AuditEvent>(await RowEventsAsync(db, async, cancellationToken));
        events.AddRange(SummaryEvents(_bulkOperation ?? "save", _summary));
        return events;
    }

    /// <summary>The entries for the rows described one by one (not the summary), as <see cref="ToEventsAsync"/> makes them.</summary>
    public async Task<IReadOnlyList<AuditEvent>> RowEventsAsync(AppDbContext db, bool async, CancellationToken cancellationToken)
    {
        var events = new List<AuditEvent>(_changes.Count + _summary.Count);
        foreach (Change change in _changes)
        {
            EntityEntry entry = change.Entry;
            bool original = change.Action == AuditAction.Delete;
            if (change.Action == AuditAction.Create)
            {
                change.ChildId = ChildOf(entry, original: false);
            }

            change.ChildId ??= await ChildOfParentAsync(db, entry, original, async, cancellationToken);
            events.Add(new AuditEvent(
                change.Action,
                entry.Metadata.ClrType.Name,
                change.Key ?? KeyOf(entry, original: false),
                change.ChildId,
                change.Details ?? Describe(entry, change.Action)));
        }

        return events;
    }

    /// <summary>{"Property":{"old":...,"new":...}}: new only for a created row, old only for a deleted one, the changed properties of an updated one.</summary>
    private static string Describe(EntityEntry entry, AuditAction action)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = AuditJson.Options.Encoder }))
        {
            writer.WriteStartObject();
            foreach (PropertyEntry property in entry.Properties)
            {
                if (StampProperties.Contains(property.Metadata.Name))
                {
                    continue;
                }

                if (action == AuditAction.Update && (!property.IsModified || Equals(property.OriginalValue, property.CurrentValue)))
                {
                    continue;
                }

                writer.WritePropertyName(property.Metadata.Name);
                writer.WriteStartObject();
                if (action != AuditAction.Create)
                {
                    writer.WritePropertyName("old");
                    WriteValue(writer, property.OriginalValue);
                }

                if (action != AuditAction.Delete)
                {
                    writer.WritePropertyName("new");
                    WriteValue(writer, property.CurrentValue);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        JsonSerializer.Serialize(writer, value, value.GetType(), AuditJson.Options);
    }

    private static string KeyOf(EntityEntry entry, bool original)
    {
        IKey key = entry.Metadata.FindPrimaryKey()!;
        return string.Join(",", key.Properties.Select(p =>
        {
            PropertyEntry property = entry.Property(p.Name);
            return Convert.ToString(original ? property.OriginalValue : property.CurrentValue, CultureInfo.InvariantCulture);
        }));
    }

    private static long? ChildOf(EntityEntry entry, bool original)
    {
        if (entry.Entity is Child)
        {
            return (long?)(original ? entry.Property(nameof(Child.Id)).OriginalValue : entry.Property(nameof(Child.Id)).CurrentValue);
        }

        if (entry.Metadata.FindProperty("ChildId") is { } childId && (childId.ClrType == typeof(long) || childId.ClrType == typeof(long?)))
        {
            PropertyEntry property = entry.Property(childId.Name);
            return (long?)(original ? property.OriginalValue : property.CurrentValue);
        }

        return null;
    }

    /// <summary>Rows per entity type for what was saved in summary, by action.</summary>
    public IReadOnlyDictionary<AuditAction, SortedDictionary<string, int>> Summary => _summary;

    /// <summary>Only summary entries (everything was saved in bulk): nothing to describe per row.</summary>
    public bool IsSummaryOnly => _changes.Count == 0;

    public static List<AuditEvent> SummaryEvents(string operation, SortedDictionary<AuditAction, SortedDictionary<string, int>> summary) =>
        summary.Select(s => new AuditEvent(s.Key, Details: AuditEvent.Json(("operation", operation), ("rows", s.Value)))).ToList();

    private static async Task<long?> ChildOfParentAsync(AppDbContext db, EntityEntry entry, bool original, bool async, CancellationToken cancellationToken)
    {
        if (entry.Entity is Child)
        {
            return null;
        }

        foreach (IForeignKey key in entry.Metadata.GetForeignKeys())
        {
            IEntityType parent = key.PrincipalEntityType;
            if (key.Properties.Count != 1 || parent.FindProperty("ChildId") is not { } parentChild || parent.FindPrimaryKey()!.Properties.Count != 1)
            {
                continue;
            }

            PropertyEntry foreignKey = entry.Property(key.Properties[0].Name);
            if ((original ? foreignKey.OriginalValue : foreignKey.CurrentValue) is not { } parentKey)
            {
                continue;
            }

            if (key.DependentToPrincipal is { } navigation && entry.Reference(navigation.Name).TargetEntry is { } tracked
                && Equals(tracked.Property(parent.FindPrimaryKey()!.Properties[0].Name).CurrentValue, parentKey))
            {
                return (long?)tracked.Property(parentChild.Name).CurrentValue;
            }

            DbConnection connection = db.Database.GetDbConnection();
            await using DbCommand command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = $"SELECT {parentChild.GetColumnName()} FROM {parent.GetTableName()} WHERE {parent.FindPrimaryKey()!.Properties[0].GetColumnName()} = @key";
            DbParameter parameter = command.CreateParameter();
            parameter.ParameterName = "@key";
            parameter.Value = parentKey;
            command.Parameters.Add(parameter);
            object? value = async ? await command.ExecuteScalarAsync(cancellationToken) : command.ExecuteScalar();
            if (value is not null and not DBNull)
            {
                return Convert.ToInt64(value, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private sealed class Change(EntityEntry entry, AuditAction action, string? details, string? key, long? childId)
    {
        public EntityEntry Entry { get; } = entry;

        public AuditAction Action { get; } = action;

        public string? Details { get; } = details;

        public string? Key { get; } = key;

        public long? ChildId { get; set; } = childId;
    }
}
