using System.CommandLine;
using System.Globalization;
using OpenCsc.Data;
using OpenCsc.Returns;
using OpenCsc.Returns.CinCensus;
using OpenCsc.Returns.Ssda903;

namespace OpenCsc.Cli.Commands;

/// <summary>`opencsc import cin-census|ssda903`: statutory returns into the model, all or nothing.</summary>
public static class ImportCommand
{
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
        command.SetAction(async (parse, cancellationToken) =>
        {
            string path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new UsageException($"{path}: no such file.");
            }

            DatabaseSettings settings = await ReturnOptions.OpenMigratedAsync(parse, cancellationToken);
            TextWriter output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync($"Importing the CIN census {path} into the {settings.Description}.");
            await using AppDbContext db = AppDatabase.CreateContext(settings);
            ImportResult result;
            try
            {
                var options = new CinCensusReadOptions { Year = parse.GetValue(year), TreatAsYear = parse.GetValue(asYear) };
                result = await ImportCinCensus.RunAsync(db, path, options, new ReturnOptions.LineProgress(output), cancellationToken);
            }
            catch (ReturnReadException e)
            {
                throw await ReturnOptions.RejectedAsync(parse.InvocationConfiguration.Error, path, e, SexHint(e, "Sex", "GenderCurrent"));
            }

            await ReportAsync(parse, result);
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
        command.SetAction(async (parse, cancellationToken) =>
        {
            string source = parse.GetValue(path)!;
            if (!File.Exists(source) && !Directory.Exists(source))
            {
                throw new UsageException($"{source}: no such file or folder.");
            }

            CollectionYear collectionYear = parse.GetValue(year) ?? CollectionYear.Containing(DateOnly.FromDateTime(DateTime.Today)).Previous;
            DatabaseSettings settings = await ReturnOptions.OpenMigratedAsync(parse, cancellationToken);
            TextWriter output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync($"Importing the {collectionYear.Label} SSDA903 return {source} into the {settings.Description}.");
            await using AppDbContext db = AppDatabase.CreateContext(settings);
            ImportResult result;
            try
            {
                var options = new Ssda903ReadOptions { Year = collectionYear, TreatAsYear = parse.GetValue(asYear) };
                result = await ImportSsda903.RunAsync(db, source, options, new ReturnOptions.LineProgress(output), cancellationToken);
            }
            catch (ReturnReadException e)
            {
                throw await ReturnOptions.RejectedAsync(parse.InvocationConfiguration.Error, source, e, SexHint(e, "SEX"));
            }

            await ReportAsync(parse, result);
            return CliApp.Ok;
        });
        return command;
    }

    private static string? SexHint(ReturnReadException e, params string[] fields) =>
        e.Errors.Any(p => fields.Contains(p.Field, StringComparer.OrdinalIgnoreCase) && SexCodes.IsNumeric(p.Value))
            ? "The file codes sex as years before 2024/25 did (1/2): import it with --as-year 2023 to read it that way."
            : null;

    private static async Task ReportAsync(ParseResult parse, ImportResult result)
    {
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

        await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Done: {result.Year.Label}, {result.Children:N0} children ({result.ChildrenAdded:N0} new), {result.WarningCount:N0} warnings, in {result.Elapsed.TotalSeconds:N1} s ({result.ChildrenPerSecond:N0} children/s)."));
    }
}
