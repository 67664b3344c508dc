using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OpenCsc.Data;

namespace OpenCsc.IntegrationTests.Returns.Imports;

/// <summary>
/// Every domain row of a database as text (every column, stamps and row version included), keyed by table and id, to
/// count what an import changed: rows added, rows whose any column differs, rows removed.
/// </summary>
internal sealed class DatabaseSnapshot
{
    private readonly Dictionary<string, string> _rows;

    private DatabaseSnapshot(Dictionary<string, string> rows) => _rows = rows;

    public int Count => _rows.Count;

    public static async Task<DatabaseSnapshot> TakeAsync(DatabaseSettings settings)
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        await using AppDbContext db = AppDatabase.CreateContext(settings);
        var tables = db.Model.GetEntityTypes()
            .Where(t => typeof(Entity).IsAssignableFrom(t.ClrType) && t.GetTableName() is not null)
            .Select(t => t.GetTableName()!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        DbConnection connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        foreach (string table in tables)
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
            int id = reader.GetOrdinal("id");
            while (await reader.ReadAsync(ct))
            {
                var values = new string[reader.FieldCount];
                for (int i = 0; i < reader.FieldCount; i++)
                {
                    values[i] = reader.GetName(i) + "=" + (reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
                }

                rows[table + "#" + Convert.ToString(reader.GetValue(id), CultureInfo.InvariantCulture)] = string.Join("|", values);
            }
        }

        return new DatabaseSnapshot(rows);
    }

    /// <summary>Rows added, changed (any column) and removed since <paramref name="before"/>, by table, e.g. "cin_episodes: 0 added, 317 changed, 0 removed".</summary>
    public Difference Since(DatabaseSnapshot before)
    {
        var added = _rows.Keys.Where(k => !before._rows.ContainsKey(k)).ToList();
        var removed = before._rows.Keys.Where(k => !_rows.ContainsKey(k)).ToList();
        var changed = _rows.Where(r => before._rows.TryGetValue(r.Key, out string? old) && old != r.Value).Select(r => r.Key).ToList();
        return new Difference(added, changed, removed, changed.Take(3).Select(k => before._rows[k] + "\n  -> " + _rows[k]).ToList());
    }

    /// <summary>
    /// Every column of a row in both snapshots whose recorded value changed or was cleared, as "table#id column: old -> new":
    /// blanks filled, a flag turned on (<paramref name="flags"/>) and the stamps are not counted.
    /// </summary>
    public IReadOnlyList<string> OverwrittenSince(DatabaseSnapshot before, params string[] flags)
    {
        string[] stamps = ["updated_at", "updated_by", "row_version"];
        var overwritten = new List<string>();
        foreach ((string key, string row) in _rows)
        {
            if (!before._rows.TryGetValue(key, out string? old) || old == row)
            {
                continue;
            }

            string[] oldColumns = old.Split('|');
            string[] newColumns = row.Split('|');
            for (int i = 0; i < oldColumns.Length; i++)
            {
                string name = oldColumns[i][..oldColumns[i].IndexOf('=', StringComparison.Ordinal)];
                string oldValue = oldColumns[i][(name.Length + 1)..];
                bool flagOff = flags.Contains(name) && oldValue is "0" or "False";
                if (oldColumns[i] != newColumns[i] && oldValue != "null" && !flagOff && !stamps.Contains(name))
                {
                    overwritten.Add($"{key} {name}: {oldValue} -> {newColumns[i][(name.Length + 1)..]}");
                }
            }
        }

        return overwritten;
    }

    /// <summary>The row's columns as text (null when there is no such row).</summary>
    public string? Row(string table, long id) => _rows.GetValueOrDefault(table + "#" + id.ToString(CultureInfo.InvariantCulture));

    public sealed record Difference(IReadOnlyList<string> Added, IReadOnlyList<string> Changed, IReadOnlyList<string> Removed, IReadOnlyList<string> Examples)
    {
        public int Total => Added.Count + Changed.Count + Removed.Count;

        public override string ToString() =>
            string.Join("; ", Added.Concat(Changed).Concat(Removed).GroupBy(k => k[..k.IndexOf('#', StringComparison.Ordinal)])
                .Select(g => $"{g.Key}: {Added.Count(k => k.StartsWith(g.Key + "#", StringComparison.Ordinal))} added, {Changed.Count(k => k.StartsWith(g.Key + "#", StringComparison.Ordinal))} changed, {Removed.Count(k => k.StartsWith(g.Key + "#", StringComparison.Ordinal))} removed"))
            + (Examples.Count > 0 ? "\n" + string.Join("\n", Examples) : "");
    }
}
