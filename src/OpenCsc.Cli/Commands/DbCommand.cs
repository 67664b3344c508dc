using System.CommandLine;
using OpenCsc.Data;
using OpenCsc.Data.Migrations;

namespace OpenCsc.Cli.Commands;

/// <summary>`opencsc db migrate` and `opencsc db script`.</summary>
public static class DbCommand
{
    public static Command Create()
    {
        var db = new Command("db", "Database schema: migrate to the current version, or print the model's CREATE script.");

        var migrate = new Command("migrate", "Bring the database to the current schema version (creates a SQLite file if needed).");
        migrate.SetAction(async (parse, cancellationToken) =>
        {
            DatabaseSettings settings = CommonOptions.Database(parse);
            await AppDatabase.EnsureReachableAsync(settings, cancellationToken);
            MigrationOutcome outcome = await new DatabaseMigrator(settings).MigrateAsync(
                m => parse.InvocationConfiguration.Output.WriteLine($"Applying {m.Version:0000} {m.Name} ..."), cancellationToken);
            parse.InvocationConfiguration.Output.WriteLine(outcome.Applied.Count == 0
                ? $"{settings.Description} is at schema version {outcome.ToVersion}; nothing to do."
                : $"{settings.Description} migrated from version {outcome.FromVersion} to {outcome.ToVersion}.");
            return CliApp.Ok;
        });

        var provider = new Option<DatabaseProvider>("--provider")
        {
            Description = "sqlite or postgres",
            DefaultValueFactory = _ => DatabaseProvider.Sqlite,
        };
        var script = new Command("script", "Print the CREATE script of the current model for a provider (to draft a new migration).");
        script.Options.Add(provider);
        script.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.Write(SchemaScript.Generate(parse.GetValue(provider)));
            return CliApp.Ok;
        });

        db.Subcommands.Add(migrate);
        db.Subcommands.Add(script);
        return db;
    }
}
