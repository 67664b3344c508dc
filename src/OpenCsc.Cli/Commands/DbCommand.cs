using System.CommandLine;
using OpenCsc.Data;
using OpenCsc.Data.Migrations;

namespace OpenCsc.Cli.Commands;

/// <summary>`opencsc db migrate`, `opencsc db script` and `opencsc db grant-app-role`.</summary>
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

        var role = new Option<string>("--role")
        {
            Description = "The PostgreSQL role the application runs as (created NOLOGIN when missing)",
            DefaultValueFactory = _ => GrantApplicationRole.DefaultRole,
        };
        var grant = new Command(
            "grant-app-role",
            "PostgreSQL: grant the application's role what it needs and no more (the audit trail: SELECT and INSERT only). Run as the tables' owner after each migration.");
        grant.Options.Add(role);
        grant.SetAction(async (parse, cancellationToken) =>
        {
            DatabaseSettings settings = CommonOptions.Database(parse);
            await AppDatabase.EnsureReachableAsync(settings, cancellationToken);
            string name = parse.GetValue(role)!;
            int tables = await GrantApplicationRole.RunAsync(settings, name, cancellationToken);
            parse.InvocationConfiguration.Output.WriteLine(
                $"Role {name} may read and write {tables - GrantApplicationRole.Exceptions.Count} tables, read and add to audit_entries, and read {DatabaseMigrator.VersionTable}. "
                + $"Make the web host's login a member: CREATE ROLE opencsc_web LOGIN PASSWORD '...' IN ROLE {name};");
            return CliApp.Ok;
        });

        db.Subcommands.Add(migrate);
        db.Subcommands.Add(script);
        db.Subcommands.Add(grant);
        return db;
    }
}
