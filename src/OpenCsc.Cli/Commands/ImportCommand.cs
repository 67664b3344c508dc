using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using OpenCsc.Audit;
using OpenCsc.Data;
using OpenCsc.Returns;
using OpenCsc.Returns.CinCensus;
using OpenCsc.Returns.Ssda903;

namespace OpenCsc.Cli.Commands;

/// <summary>
/// `opencsc import cin-census|ssda903 [--dry-run] [--format table|json]`: statutory returns merged into the model,
/// all or nothing (decision 0029), stamped and audited as `system:cli`; the summary says what was (or, dry, would be)
/// added, changed and left untouched.
/// </summary>
public static class ImportCommand
{
    /// <summary>Who the command line's imports name in row stamps and the audit trail.</summary>
    public const string Actor = "system:cli";

    /// <summary>The most field changes printed as a table; the JSON has the whole sample.</summary>
    public const int ChangesShown = 20;

    public static Command Create()
    {
        var import = new Command("import", "Load a statutory return into the database: all or nothing, safe to repeat.");
        import.Subcommands.Add(CreateCinCensus());
        import.Subcommands.Add(CreateSsda903());
        return import;
    }

    private static Command CreateCinCensus()
    {
        var file = new Argument<string>("FILE") { Description = "The CIN census XML file." };
        var year = ReturnOptions.Year("--year", "The collection year (2025 = April 2025 to March 2026); default the year of the file's ReferenceDate.");
        var asYear = ReturnOptions.Year("--as-year", "Read the codes as this earlier year wrote them (e.g. GenderCurrent 1/2 in a 2025/26 file).");
        var command = new Command("cin-census", "Import a CIN census XML file (any year from 2021/22).");
        command.Arguments.Add(file);
        command.Options.Add(year);
        command.Options.Add(asYear);
        (Option<bool> dryRun, Option<string> format) = AddSummaryOptions(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            string path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new UsageException($"{path}: no such file.");
            }

            DatabaseSettings settings = await ReturnOptions.OpenMigratedAsync(parse, cancellationToken);
            bool json = parse.GetValue(format) == "json";
            TextWriter output = json ? TextWriter.Null : parse.InvocationConfiguration.Output;
            await output.WriteLineAsync($"{Verb(parse.GetValue(dryRun))} the CIN census {path} into the {settings.Description}.");
            await using AppDbContext db = AppDatabase.CreateContext(settings);
            db.AuditContext = AuditContext.ForSystem(Actor);
            ImportResult result;
            try
            {
                var options = new CinCensusReadOptions { Year = parse.GetValue(year), TreatAsYear = parse.GetValue(asYear) };
                result = await ImportCinCensus.RunAsync(
                    db, path, options, new ReturnOptions.LineProgress(output), cancellationToken, new ImportOptions { DryRun = parse.GetValue(dryRun) });
            }
            catch (ReturnReadException e)
            {
                throw await ReturnOptions.RejectedAsync(parse.InvocationConfiguration.Error, path, e, SexHint(e, "Sex", "GenderCurrent"));
            }

            await ReportAsync(parse, result, json);
            return CliApp.Ok;
        });
        return command;
    }

    private static Command CreateSsda903()
    {
        var path = new Argument<string>("PATH") { Description = "A folder of the return's CSV tables, or one EXPSSDA903 XML file." };
        var year = ReturnOptions.Year("--year", "The collection year (2025 = April 2025 to March 2026); default the latest year that has ended.");
        var asYear = ReturnOptions.Year("--as-year", "Read the codes as this earlier year wrote them (e.g. SEX 1/2 in a 2025/26 return).");
        var command = new Command("ssda903", "Import an SSDA903 return (CSV folder or XML file).");
        command.Arguments.Add(path);
        command.Options.Add(year);
        command.Options.Add(asYear);
        (Option<bool> dryRun, Option<string> format) = AddSummaryOptions(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            string source = parse.GetValue(path)!;
            if (!File.Exists(source) && !Directory.Exists(source))
            {
                throw new UsageException($"{source}: no such file or folder.");
            }

            CollectionYear collectionYear = parse.GetValue(year) ?? CollectionYear.Containing(DateOnly.FromDateTime(DateTime.Today)).Previous;
            DatabaseSettings settings = await ReturnOptions.OpenMigratedAsync(parse, cancellationToken);
            bool json = parse.GetValue(format) == "json";
            TextWriter output = json ? TextWriter.Null : parse.InvocationConfiguration.Output;
            await output.WriteLineAsync($"{Verb(parse.GetValue(dryRun))} the {collectionYear.Label} SSDA903 return {source} into the {settings.Description}.");
            await using AppDbContext db = AppDatabase.CreateContext(settings);
            db.AuditContext = AuditContext.ForSystem(Actor);
            ImportResult result;
            try
            {
                var options = new Ssda903ReadOptions { Year = collectionYear, TreatAsYear = parse.GetValue(asYear) };
                result = await ImportSsda903.RunAsync(
                    db, source, options, new ReturnOptions.LineProgress(output), cancellationToken, new ImportOptions { DryRun = parse.GetValue(dryRun) });
            }
            catch (ReturnReadException e)
            {
                throw await ReturnOptions.RejectedAsync(parse.InvocationConfiguration.Error, source, e, SexHint(e, "SEX"));
            }

            await ReportAsync(parse, result, json);
            return CliApp.Ok;
        });
        return command;
    }

    private static string? SexHint(ReturnReadException e, params string[] fields) =>
        e.Errors.Any(p => fields.Contains(p.Field, StringComparer.OrdinalIgnoreCase) && SexCodes.IsNumeric(p.Value))
            ? "The file codes sex as years before 2024/25 did (1/2): import it with --as-year 2023 to read it that way."
            : null;

    private static (Option<bool> DryRun, Option<string> Format) AddSummaryOptions(Command command)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Read and merge the return as for real and print what would change; save nothing." };
        var format = new Option<string>("--format") { Description = "table (default) or json: how the summary is printed.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        command.Options.Add(dryRun);
        command.Options.Add(format);
        return (dryRun, format);
    }

    private static string Verb(bool dryRun) => dryRun ? "Dry run (nothing is saved): importing" : "Importing";

    private static async Task ReportAsync(ParseResult parse, ImportResult result, bool json)
    {
        TextWriter output = parse.InvocationConfiguration.Output;
        if (json)
        {
            await output.WriteLineAsync(SummaryJson(result));
            return;
        }

        TextWriter error = parse.InvocationConfiguration.Error;
        const int shown = 50;
        foreach (ReturnProblem warning in result.Warnings.Take(shown))
        {
            await error.WriteLineAsync(warning.ToString());
        }

        if (result.WarningCount > shown)
        {
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"... and {result.WarningCount - shown:N0} more warnings."));
        }

        ImportSummary summary = result.Summary;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{(result.DryRun ? "Would change" : "Changed")}: {summary.RecordsAdded:N0} records added, {summary.RecordsChanged:N0} changed ({summary.FieldsChanged:N0} fields), {summary.RecordsUntouched:N0} untouched, {summary.RecordsRemoved:N0} removed."));
        if (summary.Tables.Count > 0)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {"table",-26} {"added",9} {"changed",9} {"untouched",10} {"removed",8}"));
            foreach (ImportTableSummary table in summary.Tables)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  {table.Table,-26} {table.Added,9:N0} {table.Changed,9:N0} {table.Untouched,10:N0} {table.Removed,8:N0}"));
            }
        }

        if (summary.SampleChanges.Count > 0)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Changes, the first {Math.Min(ChangesShown, summary.SampleChanges.Count):N0} of {summary.FieldsChanged:N0} (table, child, record, field: old -> new):"));
            foreach (ImportFieldChange change in summary.SampleChanges.Take(ChangesShown))
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  {change.Table} {change.ChildId ?? "-"} #{change.RecordId} {change.Field}: {change.Old ?? "(blank)"} -> {change.New ?? "(blank)"}"));
            }
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{(result.DryRun ? "Dry run, nothing saved" : "Done")}: {result.Year.Label}, {result.Children:N0} children ({result.ChildrenAdded:N0} new), {result.WarningCount:N0} warnings, in {result.Elapsed.TotalSeconds:N1} s ({result.ChildrenPerSecond:N0} children/s)."));
    }

    /// <summary>The summary as one JSON document (camelCase), the warnings counted.</summary>
    public static string SummaryJson(ImportResult result)
    {
        ImportSummary s = result.Summary;
        return JsonSerializer.Serialize(new
        {
            dryRun = result.DryRun,
            year = result.Year.Label,
            children = result.Children,
            childrenNew = s.ChildrenNew,
            recordsAdded = s.RecordsAdded,
            recordsChanged = s.RecordsChanged,
            recordsUntouched = s.RecordsUntouched,
            recordsRemoved = s.RecordsRemoved,
            fieldsChanged = s.FieldsChanged,
            warnings = result.WarningCount,
            tables = s.Tables.Select(t => new { table = t.Table, added = t.Added, changed = t.Changed, untouched = t.Untouched, removed = t.Removed }),
            changes = s.SampleChanges.Select(c => new { table = c.Table, child = c.ChildId, record = c.RecordId, field = c.Field, old = c.Old, @new = c.New }),
        }, new JsonSerializerOptions { WriteIndented = true });
    }
}
