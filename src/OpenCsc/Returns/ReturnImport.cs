using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using OpenCsc.Children;
using OpenCsc.Data;

namespace OpenCsc.Returns;

/// <summary>How far an import has gone: children written out of those the file holds.</summary>
public sealed record ImportProgress(int ChildrenDone, int ChildrenTotal)
{
    public double Fraction => ChildrenTotal == 0 ? 1 : (double)ChildrenDone / ChildrenTotal;
}

/// <summary>What an import did.</summary>
public sealed record ImportResult(CollectionYear Year, int Children, int ChildrenAdded, IReadOnlyList<ReturnProblem> Warnings, TimeSpan Elapsed)
{
    /// <summary>Every warning found: <see cref="Warnings"/> lists the first of them (see <see cref="ReturnProblems"/>).</summary>
    public int WarningCount => ReturnProblems.TotalOf(Warnings);

    public double ChildrenPerSecond => Elapsed.TotalSeconds > 0 ? Children / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// The shared shape of the imports: one transaction for the whole file, children written in chunks (existing rows
/// for a chunk's children loaded in a few queries, then one SaveChanges), change tracking detected once per chunk.
/// </summary>
internal static class ReturnImport
{
    public const string Actor = "system:import";

    public const int ChunkSize = 1000;

    public static async Task<int> RunAsync<T>(
        AppDbContext db,
        string fileName,
        IReadOnlyList<T> children,
        Func<IReadOnlyList<T>, Task<int>> writeChunk,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        // The person who uploaded (the web sets the context), else the import names itself.
        if (db.AuditContext.IsUnnamed)
        {
            db.AuditContext = Audit.AuditContext.ForSystem(Actor);
        }

        using IDisposable bulk = db.RecordChangesInBulk($"import {Path.GetFileName(fileName)}");
        bool detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        int added = 0;
        var problems = new ReturnProblems();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            for (int i = 0; i < children.Count; i += ChunkSize)
            {
                var chunk = children.Skip(i).Take(ChunkSize).ToList();
                added += await writeChunk(chunk);
                db.ChangeTracker.DetectChanges();
                int before = problems.Total;
                problems.AddRange(TooLong(db, fileName));
                if (problems.Total == before)
                {
                    await db.SaveChangesAsync(cancellationToken);
                }

                db.ChangeTracker.Clear();
                progress?.Report(new ImportProgress(Math.Min(i + ChunkSize, children.Count), children.Count));
            }

            // Nothing is committed if any: the transaction rolls back what earlier chunks wrote.
            problems.ThrowIfErrors();

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }

        return added;
    }

    /// <summary>
    /// Values longer than the model holds (codes outside the DfE's lists are only warnings when read), reported as
    /// problems rather than left for the database to refuse (SQLite would not).
    /// </summary>
    private static IEnumerable<ReturnProblem> TooLong(AppDbContext db, string fileName)
    {
        foreach (EntityEntry entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (PropertyEntry property in entry.Properties)
            {
                if (property.CurrentValue is string value && property.Metadata.GetMaxLength() is { } max && value.Length > max)
                {
                    string child = (entry.Entity as Child)?.LaChildId ?? "";
                    yield return new ReturnProblem(fileName, null, $"{entry.Metadata.ClrType.Name}.{property.Metadata.Name}", property.Metadata.Name, value,
                        string.Create(CultureInfo.InvariantCulture, $"at most {max} characters"))
                    {
                        ChildId = child.Length > 0 ? child : null,
                    };
                }
            }
        }
    }

    /// <summary>Sex as the model stores it (M/F/U), whichever coding the file used.</summary>
    public static string StoredSex(string code) => SexCodes.ForYear(code, new CollectionYear(2024));

    /// <summary>Brings a set of child rows (codes, say) to exactly the codes given.</summary>
    public static void ReplaceSet<TRow>(AppDbContext db, List<TRow> existing, IEnumerable<string> codes, Func<TRow, string> codeOf, Func<string, TRow> create)
        where TRow : class
    {
        var wanted = codes.Distinct(StringComparer.Ordinal).ToList();
        foreach (TRow row in existing.Where(r => !wanted.Contains(codeOf(r), StringComparer.Ordinal)).ToList())
        {
            db.Remove(row);
            existing.Remove(row);
        }

        foreach (string code in wanted.Where(c => !existing.Any(r => codeOf(r) == c)))
        {
            TRow row = create(code);
            db.Add(row);
            existing.Add(row);
        }
    }
}
