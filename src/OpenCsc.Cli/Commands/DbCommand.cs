using System.CommandLine;
using System.Globalization;
using OpenCsc.Data;
using OpenCsc.Data.Backups;
using OpenCsc.Data.Migrations;

namespace OpenCsc.Cli.Commands;

/// <summary>`opencsc db migrate`, `opencsc db script`, `opencsc db grant-app-role`, `opencsc db backup` and `opencsc db restore`.</summary>
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
        db.Subcommands.Add(Backup());
        db.Subcommands.Add(Restore());
        return db;
    }

    private static Command Backup()
    {
        var output = new Option<string>("--out") { Description = "The backup file to write (SQLite: a database file; PostgreSQL: a pg_dump custom-format archive).", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace the file when it exists." };
        var command = new Command(
            "backup",
            "Copy the database to a file while it is in use: SQLite through its online backup API, PostgreSQL through pg_dump (custom format).");
        command.Options.Add(output);
        command.Options.Add(force);
        command.SetAction(async (parse, cancellationToken) =>
        {
            DatabaseSettings settings = CommonOptions.Database(parse);
            BackupOutcome outcome = await Run(() => DatabaseBackup.BackupAsync(settings, parse.GetValue(output)!, parse.GetValue(force), cancellationToken));
            await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Backed up the {settings.Description} to {outcome.File}: schema version {outcome.SchemaVersion}, {outcome.RowsPerTable.Count} tables, "
                + $"{outcome.RowsPerTable.Values.Sum():N0} rows ({outcome.RowsPerTable.GetValueOrDefault("audit_entries"):N0} audit entries)."));
            return CliApp.Ok;
        });
        return command;
    }

    private static Command Restore()
    {
        var from = new Option<string>("--from") { Description = "The backup file written by 'opencsc db backup'.", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace a database that already holds data." };
        var command = new Command(
            "restore",
            "Replace the database with a backup: checks the file is an OpenCSC database first; refuses a database in use, or one holding data without --force.");
        command.Options.Add(from);
        command.Options.Add(force);
        command.SetAction(async (parse, cancellationToken) =>
        {
            DatabaseSettings settings = CommonOptions.Database(parse);
            RestoreOutcome outcome = await Run(() => DatabaseBackup.RestoreAsync(settings, parse.GetValue(from)!, parse.GetValue(force), cancellationToken));
            TextWriter writer = parse.InvocationConfiguration.Output;
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Restored {outcome.File} to the {settings.Description} (schema version {outcome.SchemaVersion}). Check it with 'opencsc audit verify'."));
            if (outcome.NeedsMigration)
            {
                await writer.WriteLineAsync("The backup is of an older schema: run 'opencsc db migrate' before starting the web host.");
            }

            if (settings.Provider == DatabaseProvider.Postgres)
            {
                await writer.WriteLineAsync("Grants were not restored: run 'opencsc db grant-app-role' as the tables' owner.");
            }

            return CliApp.Ok;
        });
        return command;
    }

    private static async Task<T> Run<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (BackupFailedException e)
        {
            throw new CommandFailedException(e.Message);
        }
    }
}
