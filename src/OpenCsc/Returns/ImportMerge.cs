using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using OpenCsc.Children;
using OpenCsc.Data;

namespace OpenCsc.Returns;

/// <summary>One field an import changes (or would): the table, the record (its child and id), the old and new values as text.</summary>
public sealed record ImportFieldChange(string Table, string? ChildId, long RecordId, string Field, string? Old, string? New);

/// <summary>Records an import adds, changes, removes and leaves as they were, for one table.</summary>
public sealed record ImportTableSummary(string Table, int Added, int Changed, int Untouched, int Removed);

/// <summary>
/// What an import did or, run dry, would do: children new, records added, changed (with a sample of the changes
/// field by field) and untouched (records the file names that already say what it says).
/// </summary>
public sealed record ImportSummary(
    int ChildrenNew,
    int RecordsAdded,
    int RecordsChanged,
    int RecordsUntouched,
    int RecordsRemoved,
    int FieldsChanged,
    IReadOnlyList<ImportTableSummary> Tables,
    IReadOnlyList<ImportFieldChange> SampleChanges)
{
    public static ImportSummary Empty { get; } = new(0, 0, 0, 0, 0, 0, [], []);

    /// <summary>True when the import changes nothing in the database.</summary>
    public bool ChangesNothing => RecordsAdded == 0 && RecordsChanged == 0 && RecordsRemoved == 0;
}

/// <summary>
/// The merge rules of decision 0029 as small functions (a blank in the file keeps the recorded value; an as-at value
/// from a file older than what is recorded only fills a blank), and the tally of what each chunk changes, read from
/// the change tracker before it is saved.
/// </summary>
internal sealed class ImportMerge
{
    /// <summary>The most field changes kept as a sample, and the most from one table.</summary>
    public const int SampleSize = 200;

    public const int SamplePerTable = 25;

    private readonly HashSet<object> _matched = new(ReferenceEqualityComparer.Instance);
    private readonly SortedDictionary<string, int[]> _tables = new(StringComparer.Ordinal);
    private readonly List<ImportFieldChange> _sample = [];
    private int _fields;

    public int ChildrenNew { get; set; }

    /// <summary>A recorded row the file names (by its natural key): untouched unless the merge changes it.</summary>
    public void Matched(object row)
    {
        if (row is Entity { Id: > 0 })
        {
            _matched.Add(row);
        }
    }

    /// <summary>Counts what the change tracker holds for the chunk (changes detected), before it is saved or dropped.</summary>
    public void Tally(AppDbContext db)
    {
        var laIds = new Dictionary<long, string>();
        foreach (EntityEntry<Child> child in db.ChangeTracker.Entries<Child>())
        {
            if (child.Entity.Id > 0)
            {
                laIds[child.Entity.Id] = child.Entity.LaChildId;
            }
        }

        foreach (EntityEntry entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is not Entity entity)
            {
                continue;
            }

            string table = entry.Metadata.GetTableName() ?? entry.Metadata.ClrType.Name;
            int[] counts = _tables.TryGetValue(table, out var c) ? c : _tables[table] = new int[4];
            switch (entry.State)
            {
                case EntityState.Added:
                    counts[0]++;
                    break;
                case EntityState.Modified:
                    counts[1]++;
                    Sample(entry, table, entity, laIds);
                    break;
                case EntityState.Deleted:
                    counts[3]++;
                    break;
                case EntityState.Unchanged when _matched.Contains(entity):
                    counts[2]++;
                    break;
            }
        }

        _matched.Clear();
    }

    public ImportSummary Summary()
    {
        var tables = _tables.Where(t => t.Value.Any(n => n > 0))
            .Select(t => new ImportTableSummary(t.Key, t.Value[0], t.Value[1], t.Value[2], t.Value[3])).ToList();
        return new ImportSummary(ChildrenNew, tables.Sum(t => t.Added), tables.Sum(t => t.Changed), tables.Sum(t => t.Untouched), tables.Sum(t => t.Removed),
            _fields, tables, _sample.ToList());
    }

    private void Sample(EntityEntry entry, string table, Entity entity, Dictionary<long, string> laIds)
    {
        string? child = entity is Child c ? c.LaChildId
            : entry.Metadata.FindProperty("ChildId") is { } p && entry.Property(p.Name).CurrentValue is long id ? laIds.GetValueOrDefault(id) : null;
        foreach (PropertyEntry property in entry.Properties)
        {
            if (!property.IsModified || Equals(property.OriginalValue, property.CurrentValue))
            {
                continue;
            }

            _fields++;
            if (_sample.Count < SampleSize && _sample.Count(s => s.Table == table) < SamplePerTable)
            {
                _sample.Add(new ImportFieldChange(table, child, entity.Id, property.Metadata.GetColumnName(), Text(property.OriginalValue), Text(property.CurrentValue)));
            }
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>The file's value, or the recorded one when the file leaves it blank: a blank never clears.</summary>
    public static T? Keep<T>(T? recorded, T? file)
        where T : struct => file ?? recorded;

    /// <summary>The file's text, or the recorded text when the file's is blank.</summary>
    public static string? Keep(string? recorded, string? file) => string.IsNullOrEmpty(file) ? recorded : file;

    /// <summary>Required text: the file's unless blank.</summary>
    public static string KeepText(string recorded, string? file) => string.IsNullOrEmpty(file) ? recorded : file;

    /// <summary>
    /// An as-at value: when the database knows the child (or record) after the file's reference date, the file is
    /// older and only fills a blank; otherwise it is as <see cref="Keep{T}(T?, T?)"/>.
    /// </summary>
    public static T? AsAt<T>(T? recorded, T? file, bool knownLater)
        where T : struct => knownLater ? recorded ?? file : file ?? recorded;

    public static string? AsAt(string? recorded, string? file, bool knownLater) =>
        knownLater ? (string.IsNullOrEmpty(recorded) ? Keep(recorded, file) : recorded) : Keep(recorded, file);

    /// <summary>The latest of the dates given (null when none).</summary>
    public static DateOnly? Latest(IEnumerable<DateOnly?> dates) => dates.Max();
}
