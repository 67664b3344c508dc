using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Returns;

namespace OpenCsc.Indicators.Comparators;

/// <summary>
/// The DfE's published comparators that OpenCSC carries (DefaultComparators.csv, embedded: figures for England,
/// London, Inner and Outer London and the statistical neighbours' median for 2024 and 2025, each row citing its
/// source), loaded into an authority's database the first time they are needed.
/// </summary>
public static class DefaultComparators
{
    private const string Resource = "indicators/DefaultComparators.csv";

    public static IReadOnlyList<Comparator> Read()
    {
        using Stream stream = typeof(DefaultComparators).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource {Resource} is missing.");
        using var reader = new CsvRowReader(stream, (line, value, expected) =>
            throw new InvalidOperationException($"{Resource} line {line}: {expected}"));
        var row = new CsvRow();
        var comparators = new List<Comparator>();
        bool header = true;
        while (reader.Read(row))
        {
            if (header || row.IsBlank)
            {
                header = false;
                continue;
            }

            comparators.Add(new Comparator
            {
                IndicatorCode = row[0].ToString(),
                Area = row[1].ToString(),
                Year = int.Parse(row[2], NumberStyles.None, CultureInfo.InvariantCulture),
                Value = double.Parse(row[3], NumberStyles.Float, CultureInfo.InvariantCulture),
                Source = row[4].ToString(),
                SourceAddress = row[5].ToString(),
            });
        }

        return comparators;
    }

    /// <summary>Loads the defaults when the table is empty; true if it did.</summary>
    public static async Task<bool> EnsureAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        if (await db.Comparators.AnyAsync(cancellationToken))
        {
            return false;
        }

        using (db.RecordChangesInBulk("load the published comparators"))
        {
            db.Comparators.AddRange(Read());
            await db.SaveChangesAsync(cancellationToken);
        }
        return true;
    }
}
