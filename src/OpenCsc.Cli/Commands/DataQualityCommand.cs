using System.CommandLine;
using System.Text.Json;
using OpenCsc.Data;
using OpenCsc.DataQuality;
using OpenCsc.Returns.Validation;

namespace OpenCsc.Cli.Commands;

/// <summary>
/// `opencsc data-quality run [--as-of DATE] [--collection ssda903|cin-census] [--format json|table]`: the data quality checks the web host runs each
/// night, from the command line (a scheduler, or to see the figures): saves the run and prints its counts by rule.
/// </summary>
public static class DataQualityCommand
{
    public static Command Create()
    {
        var command = new Command("data-quality", "Run the statutory returns' validation rules on OpenCSC's own data, as the web host does each night.");
        Option<DateOnly?> asOf = CommonOptions.DateOption("--as-of", "Check the collection year up to this day (default today)");
        var format = new Option<string>("--format") { Description = "table (default) or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var collection = new Option<string>("--collection") { Description = "ssda903 (default) or cin-census.", DefaultValueFactory = _ => RunDataQuality.Ssda903 };
        collection.AcceptOnlyFromAmong(RunDataQuality.Ssda903, RunDataQuality.CinCensus);
        var run = new Command("run", "Run a return's rules in-year on the current data, save the run (the web page shows it) and print the counts by rule.");
        run.Options.Add(asOf);
        run.Options.Add(collection);
        run.Options.Add(format);
        run.SetAction(async (parse, cancellationToken) =>
        {
            DatabaseSettings settings = await ReturnOptions.OpenMigratedAsync(parse, cancellationToken);
            await using AppDbContext db = AppDatabase.CreateContext(settings);
            db.AuditContext = OpenCsc.Audit.AuditContext.ForSystem("opencsc data-quality");
            DateOnly day = parse.GetValue(asOf) ?? DateOnly.FromDateTime(DateTime.Today);
            ValidationRun result = await RunDataQuality.RunAsync(db, day, RunTrigger.OnDemand, DateTime.UtcNow, cancellationToken, parse.GetValue(collection)!);
            IReadOnlyList<RuleCount> rules = await new ListDataQuality(db).ByRuleAsync(result, cancellationToken: cancellationToken);
            TextWriter output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    run = result.Id,
                    collection = result.Collection,
                    periodStart = result.PeriodStart,
                    periodEnd = result.PeriodEnd,
                    rulesRun = result.RulesRun,
                    errors = result.Errors,
                    queries = result.Queries,
                    notChecked = result.NotChecked,
                    rules = rules.Select(r => new { rule = r.Rule, type = r.Type == RuleType.Error ? "error" : "query", count = r.Count, message = r.Message }),
                }));
            }
            else
            {
                await output.WriteLineAsync($"Run {result.Id}: {result.Collection} {result.PeriodStart:yyyy-MM-dd} to {result.PeriodEnd:yyyy-MM-dd}, {result.RulesRun} rules, {result.Errors} errors, {result.Queries} queries.");
                foreach (RuleCount rule in rules)
                {
                    await output.WriteLineAsync($"{rule.Rule,-10} {(rule.Type == RuleType.Error ? "error" : "query"),-6} {rule.Count,8}  {rule.Message}");
                }

                if (result.NotChecked is not null)
                {
                    await output.WriteLineAsync("Not checked: " + result.NotChecked);
                }
            }

            return CliApp.Ok;
        });
        command.Subcommands.Add(run);
        return command;
    }
}
