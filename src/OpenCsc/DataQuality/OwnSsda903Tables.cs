using OpenCsc.Data;
using OpenCsc.Returns;
using OpenCsc.Returns.Ssda903;
using OpenCsc.Returns.Validation;
using OpenCsc.Returns.Validation.Ssda903;

namespace OpenCsc.DataQuality;

/// <summary>
/// OpenCSC's own data as the SSDA903 return's tables, exported in memory exactly as `opencsc export ssda903` writes
/// them (so the rules see what the DfE would see), for a collection year and, as the _last tables, the year before.
/// No file is written.
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

        return tables;
    }
}
