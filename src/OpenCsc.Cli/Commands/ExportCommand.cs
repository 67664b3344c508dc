using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using OpenCsc.Audit;
using OpenCsc.Data;
using OpenCsc.Returns;
using OpenCsc.Returns.AnnexA;
using OpenCsc.Returns.CinCensus;
using OpenCsc.Returns.Ssda903;

namespace OpenCsc.Cli.Commands;

/// <summary>`opencsc export cin-census|ssda903|annex-a`: the statutory returns from the model.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var export = new Command("export", "Write a statutory return from the database.");
        export.Subcommands.Add(CreateCinCensus());
        export.Subcommands.Add(CreateSsda903());
        export.Subcommands.Add(CreateAnnexA());
        return export;
    }

    private static Option<string> Out(string description) => new("--out") { Description = description, Required = true };

    private static Option<CollectionYear?> RequiredYear()
    {
        var year = ReturnOptions.Year("--year", "The collection year (2025 = April 2025 to March 2026).");
        year.Required = true;
        return year;
    }

    private static Command CreateCinCensus()
    {
        var year = RequiredYear();
        var output = Out("The XML file to write.");
        var command = new Command("cin-census", "Write the CIN census XML for a collection year.");
        command.Options.Add(year);
        command.Options.Add(output);
        command.SetAction(async (parse, cancellationToken) =>
        {
            CollectionYear collectionYear = parse.GetValue(year)!.Value;
            string path = parse.GetValue(output)!;
            DatabaseSettings settings = await ReturnOptions.OpenMigratedAsync(parse, cancellationToken);
            await using AppDbContext db = AppDatabase.CreateContext(settings);
            var clock = Stopwatch.StartNew();
            int children;
            await using (var stream = Create(path))
            {
                children = await ExportCinCensus.WriteAsync(db, collectionYear, stream, cancellationToken);
            }

            await AuditTrail.RecordAsync(db, AuditEvent.Exported("CinCensus", ("year", collectionYear.Label), ("children", children), ("file", Path.GetFileName(path))), cancellationToken);
            await Done(parse, $"the {collectionYear.Label} CIN census, {children:N0} children, to {path}", clock);
            return CliApp.Ok;
        });
        return command;
    }

    private static Command CreateSsda903()
    {
        var year = RequiredYear();
        var output = Out("The folder for the CSV tables (or, with --xml, the XML file).");
        var xml = new Option<bool>("--xml") { Description = "Write one EXPSSDA903 XML file instead of CSV tables." };
        var command = new Command("ssda903", "Write the SSDA903 return for a collection year.");
        command.Options.Add(year);
        command.Options.Add(output);
        command.Options.Add(xml);
        command.SetAction(async (parse, cancellationToken) =>
        {
            CollectionYear collectionYear = parse.GetValue(year)!.Value;
            string path = parse.GetValue(output)!;
            DatabaseSettings settings = await ReturnOptions.OpenMigratedAsync(parse, cancellationToken);
            await using AppDbContext db = AppDatabase.CreateContext(settings);
            var clock = Stopwatch.StartNew();
            Ssda903Return data = await ExportSsda903.ReadAsync(db, collectionYear, cancellationToken);
            try
            {
                if (parse.GetValue(xml))
                {
                    string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
                    Directory.CreateDirectory(folder!);
                    Ssda903XmlWriter.Write(path, data, collectionYear);
                }
                else
                {
                    Ssda903CsvWriter.WriteFolder(path, data, collectionYear);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CommandFailedException($"Could not write {path}: {e.Message}");
            }

            await AuditTrail.RecordAsync(db, AuditEvent.Exported(parse.GetValue(xml) ? "Ssda903Xml" : "Ssda903Csv",
                ("year", collectionYear.Label), ("children", data.Headers.Count), ("file", Path.GetFileName(Path.TrimEndingDirectorySeparator(path)))), cancellationToken);
            await Done(parse, $"the {collectionYear.Label} SSDA903 return, {data.Headers.Count:N0} children, to {path}", clock);
            return CliApp.Ok;
        });
        return command;
    }

    private static Command CreateAnnexA()
    {
        Option<DateOnly?> asOf = CommonOptions.DateOption("--as-of", "The date the lists are drawn up to");
        asOf.Required = true;
        var output = Out("The .xlsx file to write.");
        var command = new Command("annex-a", "Write Ofsted's Annex A workbook (List 1 to List 11) as at a date.");
        command.Options.Add(asOf);
        command.Options.Add(output);
        command.SetAction(async (parse, cancellationToken) =>
        {
            DateOnly date = parse.GetValue(asOf)!.Value;
            string path = parse.GetValue(output)!;
            DatabaseSettings settings = await ReturnOptions.OpenMigratedAsync(parse, cancellationToken);
            await using AppDbContext db = AppDatabase.CreateContext(settings);
            var clock = Stopwatch.StartNew();
            await using (var stream = Create(path))
            {
                await AnnexAExport.WriteAsync(db, date, stream, cancellationToken);
            }

            await AuditTrail.RecordAsync(db, AuditEvent.Exported("AnnexA", ("asOf", date), ("file", Path.GetFileName(path))), cancellationToken);
            await Done(parse, $"Annex A as at {date:yyyy-MM-dd} to {path}", clock);
            return CliApp.Ok;
        });
        return command;
    }

    private static FileStream Create(string path)
    {
        try
        {
            string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 65536);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandFailedException($"Could not write {path}: {e.Message}");
        }
    }

    private static Task Done(ParseResult parse, FormattableString what, Stopwatch clock) =>
        parse.InvocationConfiguration.Output.WriteLineAsync(
            "Wrote " + FormattableString.Invariant(what) + string.Create(CultureInfo.InvariantCulture, $" in {clock.Elapsed.TotalSeconds:N1} s."));
}
