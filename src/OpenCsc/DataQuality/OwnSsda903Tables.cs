using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Returns;
using OpenCsc.Returns.Ssda903;
using OpenCsc.Returns.Validation;
using OpenCsc.Returns.Validation.Ssda903;
using OpenCsc.Returns.Validation.Ssda903.Y2024_25;

namespace OpenCsc.DataQuality;

/// <summary>
/// OpenCSC's own data as the SSDA903 return's tables, exported in memory exactly as `opencsc export ssda903` writes
/// them (so the rules see what the DfE would see), for a collection year and, as the _last tables, the year before.
/// No file is written. Episodes_earlier lists the children with episodes before last year's, for rule 1002.
/// </summary>
public static class OwnSsda903Tables
{
    public static async Task<ReturnTables> ReadAsync(AppDbContext db, CollectionYear year, CancellationToken cancellationToken = default)
    {
        var tables = new ReturnTables();
        foreach ((CollectionYear y, string suffix) in new[] { (year, ""), (new CollectionYear(year.Year - 1), "_last") })
        {
            Ssda903Return data = await ExportSsda903.ReadAsync(db, y, cancellationToken);
            foreach (Ssda903TableSchema table in Ssda903Schema.For(y).Tables)
            {
                using var stream = new MemoryStream();
                Ssda903CsvWriter.WriteTable(stream, table.Table, data.Records(table.Table), y);
                stream.Position = 0;
                Ssda903TableFiles.LoadStream(stream, table.FileName, tables, suffix);
            }
        }

        // The children with episodes before last year's return, which the DfE's tool cannot see (rule 1002).
        DateOnly lastStart = new CollectionYear(year.Year - 1).Start;
        List<string> earlier = await db.CareEpisodes.AsNoTracking()
            .Where(e => e.StartDate < lastStart)
            .Select(e => e.Child!.LaChildId)
            .Distinct()
            .ToListAsync(cancellationToken);
        tables.Add(new ReturnTable(Rule1002.EarlierEpisodes, ["CHILD"], earlier.Select(c => new string?[] { c }).ToList(), "OpenCSC's own data"));
        return tables;
    }
}
