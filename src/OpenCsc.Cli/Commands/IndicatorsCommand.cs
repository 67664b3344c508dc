using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Indicators;

namespace OpenCsc.Cli.Commands;

/// <summary>
/// `opencsc indicators --as-of DATE [--months N] [--team T] [--code C] --format json|csv|table`: each indicator for
/// each calendar month up to the as-at date (the last month cut at it), computed in the database; or for one period
/// of any length with `--from DATE --to DATE`.
/// </summary>
public static class IndicatorsCommand
{
    public static Command Create()
    {
        Option<DateOnly?> asOf = CommonOptions.DateOption("--as-of", "The last day of the last month (default today)");
        Option<DateOnly?> from = CommonOptions.DateOption("--from", "Instead of months: the first day of one period (with --to)");
        Option<DateOnly?> to = CommonOptions.DateOption("--to", "The last day of that period");
        var months = new Option<int>("--months") { Description = "How many months up to the as-at date (default 1).", DefaultValueFactory = _ => 1 };
        months.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 120)
            {
                result.AddError("--months must be between 1 and 120.");
            }
        });
        var team = new Option<string?>("--team") { Description = "Only children allocated to this team (its name or id) on the event's date." };
        var code = new Option<string[]>("--code") { Description = "Only these indicators (codes; repeat the option). Default: all.", AllowMultipleArgumentsPerToken = true };
        var format = new Option<string>("--format") { Description = "json (default), csv or table.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv", "table");

        var command = new Command("indicators", "Performance indicators by month: numerator, denominator, value and target.");
        command.Options.Add(asOf);
        command.Options.Add(months);
        command.Options.Add(from);
        command.Options.Add(to);
        command.Validators.Add(result =>
        {
            DateOnly? start = result.GetValue(from), end = result.GetValue(to);
            if ((start is null) != (end is null))
            {
                result.AddError("--from and --to go together: give both, or neither (then --as-of and --months).");
            }
            else if (start is { } s && end is { } e && e < s)
            {
                result.AddError("--to must be on or after --from.");
            }
            else if (start is not null && result.GetResult(asOf) is not null)
            {
                result.AddError("Give either --from and --to, or --as-of: not both.");
            }
        });
        command.Options.Add(team);
        command.Options.Add(code);
        command.Options.Add(format);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var indicators = Select(parse.GetValue(code) ?? []);
            DatabaseSettings settings = await ReturnOptions.OpenMigratedAsync(parse, cancellationToken);
            await using AppDbContext db = AppDatabase.CreateContext(settings);
            long? teamId = await TeamAsync(db, parse.GetValue(team), cancellationToken);
            IReadOnlyList<ReportingPeriod> periods = parse.GetValue(from) is { } start
                ? [new ReportingPeriod(start, parse.GetValue(to)!.Value)]
                : ReportingPeriod.Months(parse.GetValue(asOf) ?? DateOnly.FromDateTime(DateTime.Today), parse.GetValue(months));
            var values = await new ComputeIndicators(db, IndicatorSettings.With(await CliTimescales.InForceAsync(db, cancellationToken))).ValuesAsync(indicators, periods, teamId, cancellationToken);
            TextWriter output = parse.InvocationConfiguration.Output;
            string text = parse.GetValue(format) switch
            {
                "csv" => Csv(values),
                "table" => Table(values),
                _ => Json(values),
            };
            await output.WriteAsync(text);
            return CliApp.Ok;
        });
        return command;
    }

    private static IReadOnlyList<Indicator> Select(string[] codes)
    {
        if (codes.Length == 0)
        {
            return IndicatorCatalogue.All;
        }

        var unknown = codes.Where(c => IndicatorCatalogue.Find(c) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException($"Unknown indicator code(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", IndicatorCatalogue.All.Select(i => i.Code))}.");
        }

        return codes.Select(c => IndicatorCatalogue.Find(c)!).Distinct().ToList();
    }

    private static async Task<long?> TeamAsync(AppDbContext db, string? team, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(team))
        {
            return null;
        }

        long? id = long.TryParse(team, NumberStyles.None, CultureInfo.InvariantCulture, out long number)
            ? await db.Teams.Where(t => t.Id == number).Select(t => (long?)t.Id).FirstOrDefaultAsync(cancellationToken)
            : await db.Teams.Where(t => t.Name == team).Select(t => (long?)t.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            var names = await db.Teams.OrderBy(t => t.Name).Select(t => t.Name).Take(50).ToListAsync(cancellationToken);
            throw new UsageException($"--team '{team}': no team of that name or id. Teams: {string.Join(", ", names)}.");
        }

        return id;
    }

    private static string Json(IReadOnlyList<IndicatorValue> values)
    {
        var rows = values.Select(v => new Dictionary<string, object?>
        {
            ["code"] = v.Code,
            ["period"] = new Dictionary<string, string> { ["from"] = Iso(v.Period.From), ["to"] = Iso(v.Period.To) },
            ["numerator"] = v.Numerator,
            ["denominator"] = v.Denominator,
            ["value"] = v.Value,
            ["target"] = v.Target,
        });
        return JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true }) + Environment.NewLine;
    }

    private static string Csv(IReadOnlyList<IndicatorValue> values)
    {
        var csv = new StringBuilder("code,from,to,numerator,denominator,value,target\n");
        foreach (IndicatorValue v in values)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{v.Code},{Iso(v.Period.From)},{Iso(v.Period.To)},{v.Numerator},{v.Denominator},{Number(v.Value)},{Number(v.Target)}\n");
        }

        return csv.ToString();
    }

    private static string Table(IReadOnlyList<IndicatorValue> values)
    {
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"{"code",-28} {"period",-23} {"numerator",10} {"denominator",12} {"value",10} {"target",8}\n");
        foreach (IndicatorValue v in values)
        {
            Indicator indicator = IndicatorCatalogue.Find(v.Code)!;
            table.Append(CultureInfo.InvariantCulture,
                $"{v.Code,-28} {v.Period.Label,-23} {v.Numerator,10:N0} {(v.Denominator is { } d ? d.ToString("N0", CultureInfo.InvariantCulture) : ""),12} {Shown(indicator, v.Value),10} {Shown(indicator, v.Target),8}\n");
        }

        return table.ToString();
    }

    private static string Shown(Indicator indicator, double? value) => value is not { } v ? "" : indicator.Unit switch
    {
        IndicatorUnit.Percent => v.ToString("P1", CultureInfo.InvariantCulture),
        IndicatorUnit.Count => v.ToString("N0", CultureInfo.InvariantCulture),
        _ => v.ToString("N1", CultureInfo.InvariantCulture),
    };

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
