using System.CommandLine;
using System.Globalization;
using OpenCsc.Borough.Generation;
using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.Data.Migrations;
using Spectre.Console;

namespace OpenCsc.Cli.Commands;

/// <summary>`opencsc demo seed`: the synthetic borough.</summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var demo = new Command("demo", "The synthetic demo borough (never real data).");
        demo.Subcommands.Add(CreateSeed());
        return demo;
    }

    private static Command CreateSeed()
    {
        var children = new Option<int>("--children")
        {
            Description = "Children aged 0-17 living in the borough, the population drawn from (default Barnet-like).",
            DefaultValueFactory = _ => DemoBoroughOptions.DefaultChildren,
        };
        var years = new Option<int>("--years")
        {
            Description = "Years of history before the as-of date.",
            DefaultValueFactory = _ => 5,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Random seed: the same seed and options always make the same borough.",
            DefaultValueFactory = _ => 1,
        };
        Option<DateOnly?> asOf = CommonOptions.DateOption("--as-of", "The last day of the history (default today)");
        var force = new Option<bool>("--force")
        {
            Description = "Replace the data in a database that already holds some.",
        };
        var plantErrors = new Option<bool>("--plant-errors")
        {
            Description = "Plant a documented set of known errors (each breaks one SSDA903 or CIN census rule on a known child) and list them",
        };

        var command = new Command("seed", "Generate a synthetic borough into the database (migrating it first).");
        command.Options.Add(children);
        command.Options.Add(years);
        command.Options.Add(seed);
        command.Options.Add(asOf);
        command.Options.Add(force);
        command.Options.Add(plantErrors);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new DemoBoroughOptions
            {
                Children = parse.GetValue(children),
                Years = parse.GetValue(years),
                Seed = parse.GetValue(seed),
                AsOf = parse.GetValue(asOf),
                PlantErrors = parse.GetValue(plantErrors),
            };
            IReadOnlyList<string> problems = options.Validate();
            if (problems.Count > 0)
            {
                throw new UsageException(string.Join(" ", problems));
            }

            DatabaseSettings settings = CommonOptions.Database(parse);
            await AppDatabase.EnsureReachableAsync(settings, cancellationToken);
            await new DatabaseMigrator(settings).MigrateAsync(cancellationToken: cancellationToken);
            TimescalesInForce inForce;
            await using (AppDbContext db = AppDatabase.CreateContext(settings))
            {
                inForce = await CliTimescales.Provider().CurrentAsync(db, cancellationToken);
            }

            TextWriter output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync($"Seeding a synthetic borough of {options.Children.ToString("N0", CultureInfo.InvariantCulture)} children, {options.Years.ToString(CultureInfo.InvariantCulture)} years of history, seed {options.Seed.ToString(CultureInfo.InvariantCulture)}, into the {settings.Description}.");

            SeedResult result;
            try
            {
                result = IsInteractive(output)
                    ? await SeedWithProgressBarAsync(settings, options, parse.GetValue(force), inForce, cancellationToken)
                    : await DemoBorough.SeedAsync(settings, options, new LineProgress(output), parse.GetValue(force), cancellationToken, inForce: inForce);
            }
            catch (DatabaseNotEmptyException e)
            {
                throw new CommandFailedException(e.Message);
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Done: {result.ChildrenCreated:N0} children known to the service, {result.RowsWritten:N0} rows in {result.Elapsed.TotalSeconds:N1} s ({result.RowsPerSecond:N0} rows/s), history {result.WindowStart:yyyy-MM-dd} to {result.AsOf:yyyy-MM-dd}."));
            foreach (PlantedError planted in result.PlantedErrors)
            {
                await output.WriteLineAsync($"Planted: {planted.Collection} rule {planted.Rule}, child {planted.LaChildId}: {planted.What}.");
            }

            return CliApp.Ok;
        });
        return command;
    }

    private static bool IsInteractive(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    private static async Task<SeedResult> SeedWithProgressBarAsync(DatabaseSettings settings, DemoBoroughOptions options, bool force, TimescalesInForce inForce, CancellationToken cancellationToken)
    {
        SeedResult? result = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                ProgressTask task = context.AddTask("Migrating", maxValue: 1.0);
                var progress = new Progress<SeedProgress>(p =>
                {
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"{p.Phase}: {p.ChildrenCreated:N0} children, {p.RowsWritten:N0} rows");
                    task.Value = p.Fraction;
                });
                result = await DemoBorough.SeedAsync(settings, options, progress, force, cancellationToken, inForce: inForce);
                task.Value = 1.0;
            });
        return result!;
    }

    /// <summary>Progress as a line every tenth of the way, for logs and redirected output.</summary>
    private sealed class LineProgress(TextWriter output) : IProgress<SeedProgress>
    {
        private int _lastTenth = -1;
        private SeedPhase? _lastPhase;

        public void Report(SeedProgress value)
        {
            int tenth = (int)(value.Fraction * 10);
            if (tenth == _lastTenth && value.Phase == _lastPhase)
            {
                return;
            }

            _lastTenth = tenth;
            _lastPhase = value.Phase;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {value.Phase}: {value.Fraction:P0} of the population, {value.ChildrenCreated:N0} children, {value.RowsWritten:N0} rows, {value.Elapsed.TotalSeconds:N0} s"));
        }
    }
}
