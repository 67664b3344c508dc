using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenCsc.Audit;
using OpenCsc.Children;
using OpenCsc.Cli;
using OpenCsc.Data;
using OpenCsc.Data.Migrations;
using OpenCsc.IntegrationTests.Audit;
using OpenCsc.IntegrationTests.Cli;
using OpenCsc.IntegrationTests.Infrastructure;

namespace OpenCsc.IntegrationTests.Data;

/// <summary>
/// `opencsc db grant-app-role`: the owner migrates and grants; the web host's login, a member of the role, starts up,
/// records and adds to the audit trail, but cannot update, delete, truncate or unprotect audit rows.
/// </summary>
public sealed class GrantApplicationRoleTests(PostgresServer postgres)
{
    private readonly TestDatabases _databases = new(postgres);

    [Fact]
    public async Task TheApplicationsLogin_WritesRecordsAndTheTrail_ButCannotChangeOrDeleteAuditRows()
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        DatabaseSettings owner = await _databases.CreateMigratedAsync(Engine.Postgres);
        string suffix = Guid.NewGuid().ToString("N")[..8];
        string role = "opencsc_app_" + suffix, login = "opencsc_web_" + suffix;

        CliRunner.Result granted = await CliRunner.RunAsync("db", "grant-app-role", "--role", role, "--db", TestDatabases.DbArgument(owner));
        Assert.Equal(CliApp.Ok, granted.ExitCode);
        Assert.StartsWith($"Role {role} may read and write ", granted.Output, StringComparison.Ordinal);
        // Idempotent: run again after a migration, nothing fails.
        Assert.Equal(CliApp.Ok, (await CliRunner.RunAsync("db", "grant-app-role", "--role", role, "--db", TestDatabases.DbArgument(owner))).ExitCode);
        await AuditTestData.ExecuteAsync(owner, $"CREATE ROLE {login} LOGIN PASSWORD 'not-used-with-trust' IN ROLE {role}");
        var builder = new NpgsqlConnectionStringBuilder(owner.ConnectionString) { Username = login, Password = "not-used-with-trust" };
        DatabaseSettings app = owner with { ConnectionString = builder.ConnectionString };

        // The web host migrates on start: with nothing to apply, the login needs no CREATE privilege.
        MigrationOutcome outcome = await new DatabaseMigrator(app).MigrateAsync(cancellationToken: ct);
        Assert.Empty(outcome.Applied);

        await using (AppDbContext db = AuditTestData.Open(app))
        {
            db.AuditContext = new AuditContext("u-1", "Sam Worker", "10.0.0.1");
            Child gina = AuditTestData.Child("GRANT1", "Gina");
            db.Children.Add(gina);
            await db.SaveChangesAsync(ct);
            await AuditTrail.RecordAsync(db, AuditEvent.ViewedChild(gina.Id), ct);
            gina.FirstName = "Gia";
            await db.SaveChangesAsync(ct);
        }

        foreach ((string sql, string expected) in new[]
        {
            ("UPDATE audit_entries SET user_name = 'someone else'", "permission denied for table audit_entries"),
            ("DELETE FROM audit_entries", "permission denied for table audit_entries"),
            ("TRUNCATE audit_entries", "permission denied for table audit_entries"),
            ("ALTER TABLE audit_entries DISABLE TRIGGER ALL", "must be owner of table audit_entries"),
            ("DROP TABLE audit_entries", "must be owner of table audit_entries"),
            ("INSERT INTO schema_version (version, name, applied_at) VALUES (99, 'x', now())", "permission denied for table schema_version"),
        })
        {
            PostgresException refused = await Assert.ThrowsAsync<PostgresException>(() => AuditTestData.ExecuteAsync(app, sql));
            Assert.Equal((sql, expected), (sql, refused.MessageText));
        }

        List<AuditEntry> entries = await AuditTestData.EntriesAsync(owner);
        Assert.Equal([AuditAction.Create, AuditAction.View, AuditAction.Update], entries.Select(e => e.Action));
        CliRunner.Result verified = await CliRunner.RunAsync("audit", "verify", "--db", ThrowawayPostgresUrl(app));
        Assert.Equal(CliApp.Ok, verified.ExitCode);
    }

    [Fact]
    public async Task OnSqlite_OrWithAnOddRoleName_SaysWhyAndChangesNothing()
    {
        DatabaseSettings sqlite = await _databases.CreateMigratedAsync(Engine.Sqlite);
        CliRunner.Result onSqlite = await CliRunner.RunAsync("db", "grant-app-role", "--db", TestDatabases.DbArgument(sqlite));
        Assert.Equal(CliApp.BadUsage, onSqlite.ExitCode);
        Assert.Contains("is SQLite, which has no database roles", onSqlite.Error, StringComparison.Ordinal);

        DatabaseSettings pg = await _databases.CreateMigratedAsync(Engine.Postgres);
        CliRunner.Result odd = await CliRunner.RunAsync("db", "grant-app-role", "--role", "app; DROP TABLE children", "--db", TestDatabases.DbArgument(pg));
        Assert.Equal(CliApp.BadUsage, odd.ExitCode);
        Assert.Contains("The role name 'app; DROP TABLE children' is not allowed", odd.Error, StringComparison.Ordinal);
        await using AppDbContext db = AuditTestData.Open(pg);
        Assert.Equal(0, await db.Children.CountAsync(TestContext.Current.CancellationToken));
    }

    private static string ThrowawayPostgresUrl(DatabaseSettings settings)
    {
        var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        return $"postgres://{builder.Username}:{builder.Password}@{builder.Host}:{builder.Port}/{builder.Database}";
    }
}
