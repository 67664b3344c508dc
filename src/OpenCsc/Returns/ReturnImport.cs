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

/// <summary>What an import did (or, run dry, would do).</summary>
public sealed record ImportResult(CollectionYear Year, int Children, int ChildrenAdded, IReadOnlyList<ReturnProblem> Warnings, TimeSpan Elapsed)
{
    /// <summary>Every warning found: <see cref="Warnings"/> lists the first of them (see <see cref="ReturnProblems"/>).</summary>
    public int WarningCount => ReturnProblems.TotalOf(Warnings);

    public double ChildrenPerSecond => Elapsed.TotalSeconds > 0 ? Children / Elapsed.TotalSeconds : 0;

    /// <summary>Records added, changed (with a sample, field by field) and left untouched.</summary>
    public ImportSummary Summary { get; init; } = ImportSummary.Empty;

    /// <summary>True when nothing was saved: the summary says what the import would do.</summary>
    public bool DryRun { get; init; }
}

/// <summary>How an import should run.</summary>
public sealed record ImportOptions
{
    public static ImportOptions Default { get; } = new();

    /// <summary>Read and merge the file as for real, save nothing: the result's summary says what would change.</summary>
    public bool DryRun { get; init; }
}

/// <summary>
/// The shared shape of the imports: one transaction for the whole file, children written in chunks (existing rows
/// for a chunk's children loaded in a few queries, then one SaveChanges), change tracking detected once per chunk.
/// </summary>
internal static class ReturnImport
{
    public const string Actor = "system:import";

    public const int ChunkSize = 1000;

    public static async Task<ImportSummary> RunAsync<T>(
        AppDbContext db,
        string fileName,
        IReadOnlyList<T> children,
        Func<IReadOnlyList<T>, ImportMerge, Task<int>> writeChunk,
        IProgress<ImportProgress>? progress,
        ImportOptions options,
        CancellationToken cancellationToken)
    {
        // The person who uploaded (the web sets the context), else the import names itself.
        if (db.AuditContext.IsUnnamed)
        {
            db.AuditContext = Audit.AuditContext.ForSystem(Actor);
        }

        using IDisposable bulk = db.RecordChangesInBulk($"import {Path.GetFileName(fileName)}", describeRowChanges: true);
        bool detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        int added = 0;
        var problems = new ReturnProblems();
        var merge = new ImportMerge();
        try
        {
            // A dry run saves nothing, so it needs no transaction: each chunk's children are read afresh.
            await using var transaction = options.DryRun ? null : await db.Database.BeginTransactionAsync(cancellationToken);
            for (int i = 0; i < children.Count; i += ChunkSize)
            {
                var chunk = children.Skip(i).Take(ChunkSize).ToList();
                added += await writeChunk(chunk, merge);
                db.ChangeTracker.DetectChanges();
                merge.Tally(db);
                int before = problems.Total;
                problems.AddRange(TooLong(db, fileName));
                if (problems.Total == before && !options.DryRun)
                {
                    await db.SaveChangesAsync(cancellationToken);
                }

                db.ChangeTracker.Clear();
                progress?.Report(new ImportProgress(Math.Min(i + ChunkSize, children.Count), children.Count));
            }

            // Nothing is committed if any: the transaction rolls back what earlier chunks wrote.
            problems.ThrowIfErrors();

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }

        merge.ChildrenNew = added;
        return merge.Summary();
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

    /// <summary>Adds to a set of child rows (codes, say) the codes given that it lacks; removes none (decision 0029).</summary>
    public static void AddToSet<TRow>(AppDbContext db, List<TRow> existing, IEnumerable<string> codes, Func<TRow, string> codeOf, Func<string, TRow> create)
        where TRow : class
    {
        foreach (string code in codes.Distinct(StringComparer.Ordinal).Where(c => !existing.Any(r => codeOf(r) == c)).ToList())
        {
            TRow row = create(code);
            db.Add(row);
            existing.Add(row);
        }
    }
}
