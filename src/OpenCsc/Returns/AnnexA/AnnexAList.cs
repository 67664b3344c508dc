using OpenCsc.Data;

namespace OpenCsc.Returns.AnnexA;

/// <summary>One column of a list: the heading exactly as Ofsted's template has it, and how a row fills it.</summary>
public sealed record AnnexAColumn<TRow>(string Heading, Func<TRow, AnnexACell> Value);

/// <summary>One of Ofsted's eleven Annex A lists: a sheet, its headings, and its rows as at a date.</summary>
public abstract class AnnexAList
{
    /// <summary>"List 1" ... "List 11".</summary>
    public abstract string SheetName { get; }

    public abstract IReadOnlyList<string> Headings { get; }

    /// <summary>The rows as at <paramref name="asOf"/>, one cell per heading, in a stable order.</summary>
    public abstract IAsyncEnumerable<AnnexACell[]> RowsAsync(AppDbContext db, DateOnly asOf, CancellationToken cancellationToken);
}

/// <summary>
/// A list whose rows are loaded as <typeparamref name="TRow"/> (set-based queries and one in-memory pass) and
/// turned into cells by its columns, so a heading and the value under it are written side by side.
/// </summary>
public abstract class AnnexAList<TRow> : AnnexAList
{
    private string[]? _headings;

    protected abstract IReadOnlyList<AnnexAColumn<TRow>> Columns { get; }

    public override IReadOnlyList<string> Headings => _headings ??= Columns.Select(c => c.Heading).ToArray();

    protected abstract IAsyncEnumerable<TRow> LoadAsync(AppDbContext db, DateOnly asOf, CancellationToken cancellationToken);

    public override async IAsyncEnumerable<AnnexACell[]> RowsAsync(
        AppDbContext db, DateOnly asOf, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        IReadOnlyList<AnnexAColumn<TRow>> columns = Columns;
        await foreach (TRow row in LoadAsync(db, asOf, cancellationToken).WithCancellation(cancellationToken))
        {
            var cells = new AnnexACell[columns.Count];
            for (int i = 0; i < cells.Length; i++)
            {
                cells[i] = columns[i].Value(row);
            }

            yield return cells;
        }
    }
}
