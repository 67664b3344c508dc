using System.CommandLine;
using OpenCsc.Returns;
using OpenCsc.Returns.Validation;
using OpenCsc.Returns.Validation.CinCensus;
using OpenCsc.Returns.Validation.Ssda903;

namespace OpenCsc.Cli.Commands;

/// <summary>
/// `opencsc validate ssda903 PATH --year 2026 [--previous PATH] [--earlier PATH ...] [--period-start D] [--period-end D] [--la CODE] [--providers FILE] --format json|table|xlsx`:
/// the DfE's validation rules over a return's files. Exit 0 when it ran (failing rules are data), 1 when a file
/// cannot be read.
/// </summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var validate = new Command("validate", "Check a statutory return's files against the DfE's validation rules.");
        validate.Subcommands.Add(CreateSsda903());
        validate.Subcommands.Add(CreateCinCensus());
        return validate;
    }

    private static Command CreateSsda903()
    {
        var path = new Argument<string>("PATH") { Description = "The folder of the return's CSV tables (header.csv, episodes.csv, ...)." };
        var year = ReturnOptions.Year("--year", "The collection year (2026 = April 2026 to March 2027); picks the year's rules.");
        year.Required = true;
        var previous = new Option<string?>("--previous") { Description = "The folder of last year's return (Header_last, Episodes_last, ...)." };
        var earlier = new Option<string[]>("--earlier")
        {
            Description = "The folder of a return from before last year's (repeatable): a care leaver with episodes there has been looked after (rule 1002).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        Option<DateOnly?> periodStart = CommonOptions.DateOption("--period-start", "Start of the collection window, to check in-year");
        Option<DateOnly?> periodEnd = CommonOptions.DateOption("--period-end", "End of the collection window, e.g. today");
        var localAuthority = new Option<string?>("--la") { Description = "The local authority's code as PL_LA writes it; without it the rules about placements in its own area are not run." };
        var providers = new Option<string?>("--providers")
        {
            Description = "The DfE/Ofsted provider information CSV (URN, PLACE_CODES, PROVIDER_CODES, REG_END, POSTCODE, LA_CODE_INFERRED); without it the rules checking the placement's URN are not run.",
        };
        var format = new Option<string>("--format") { Description = "json (default), table or xlsx.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "table", "xlsx");
        var output = new Option<string?>("--out") { Description = "The file to write (required for xlsx); standard output otherwise." };
        var command = new Command("ssda903", "Run the year's SSDA903 validation rules over the return's CSV tables.");
        command.Arguments.Add(path);
        command.Options.Add(year);
        command.Options.Add(previous);
        command.Options.Add(earlier);
        command.Options.Add(periodStart);
        command.Options.Add(periodEnd);
        command.Options.Add(localAuthority);
        command.Options.Add(providers);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(async (parse, cancellationToken) =>
        {
            string chosen = parse.GetValue(format)!;
            string? outPath = parse.GetValue(output);
            if (chosen == "xlsx" && outPath is null)
            {
                throw new UsageException("--format xlsx needs --out FILE.xlsx.");
            }

            TextWriter error = parse.InvocationConfiguration.Error;
            ValidationReport report;
            try
            {
                (report, IReadOnlyList<ReturnProblem> warnings) = ValidateSsda903Files.Run(parse.GetValue(path)!, parse.GetValue(previous),
                    parse.GetValue(year)!.Value, parse.GetValue(periodStart), parse.GetValue(periodEnd), parse.GetValue(localAuthority), parse.GetValue(providers), parse.GetValue(earlier));
                foreach (ReturnProblem warning in warnings)
                {
                    await error.WriteLineAsync(warning.ToString());
                }
            }
            catch (ReturnReadException rejected)
            {
                foreach (ReturnProblem problem in rejected.Problems)
                {
                    await error.WriteLineAsync(problem.ToString());
                }

                throw new CommandFailedException("The return cannot be read, so it was not validated.");
            }

            foreach (MissingInput missing in report.Missing)
            {
                string hint = missing.Table == Ssda903ProviderInfo.TableName ? " Give the Ofsted provider information with --providers FILE." : "";
                await error.WriteLineAsync("Not checked: " + missing.Describe() + "." + hint);
            }

            await WriteAsync(report, chosen, outPath, parse.InvocationConfiguration.Output, cancellationToken);
            return CliApp.Ok;
        });
        return command;
    }

    private static Command CreateCinCensus()
    {
        var path = new Argument<string>("FILE") { Description = "The CIN census XML file." };
        var year = ReturnOptions.Year("--year", "The collection year (2025 = April 2025 to March 2026); picks the year's rules.");
        year.Required = true;
        Option<DateOnly?> periodStart = CommonOptions.DateOption("--period-start", "Start of the census period, to check in-year");
        Option<DateOnly?> periodEnd = CommonOptions.DateOption("--period-end", "End of the census period (the reference date), e.g. today");
        var format = new Option<string>("--format") { Description = "json (default), table or xlsx.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "table", "xlsx");
        var output = new Option<string?>("--out") { Description = "The file to write (required for xlsx); standard output otherwise." };
        var command = new Command("cin-census", "Run the year's CIN census validation rules over a census XML file; each failure's row is the element path.");
        command.Arguments.Add(path);
        command.Options.Add(year);
        command.Options.Add(periodStart);
        command.Options.Add(periodEnd);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(async (parse, cancellationToken) =>
        {
            string chosen = parse.GetValue(format)!;
            string? outPath = parse.GetValue(output);
            if (chosen == "xlsx" && outPath is null)
            {
                throw new UsageException("--format xlsx needs --out FILE.xlsx.");
            }

            ValidationReport report;
            try
            {
                report = ValidateCinCensusFile.Run(parse.GetValue(path)!, parse.GetValue(year)!.Value, parse.GetValue(periodStart), parse.GetValue(periodEnd));
            }
            catch (ReturnReadException rejected)
            {
                foreach (ReturnProblem problem in rejected.Problems)
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync(problem.ToString());
                }

                throw new CommandFailedException("The census file cannot be read, so it was not validated.");
            }

            await WriteAsync(report, chosen, outPath, parse.InvocationConfiguration.Output, cancellationToken);
            return CliApp.Ok;
        });
        return command;
    }

    private static async Task WriteAsync(ValidationReport report, string format, string? outPath, TextWriter output, CancellationToken cancellationToken)
    {
        try
        {
            if (format == "xlsx")
            {
                await using var file = new FileStream(outPath!, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
                await ValidationReportWriter.WriteXlsxAsync(report, file, cancellationToken);
                return;
            }

            string text;
            if (format == "table")
            {
                text = ValidationReportWriter.FormatTable(report);
            }
            else
            {
                using var buffer = new MemoryStream();
                ValidationReportWriter.WriteJson(report, buffer);
                text = System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
            }

            if (outPath is null)
            {
                await output.WriteAsync(text);
            }
            else
            {
                await File.WriteAllTextAsync(outPath, text, cancellationToken);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandFailedException($"Could not write {outPath}: {e.Message}");
        }
    }
}
