using Npgsql;
using OpenCsc.Data;

namespace OpenCsc.Tests.Data;

public sealed class DatabaseSettingsTests
{
    [Fact]
    public void Parse_PlainPath_IsSqliteFile()
    {
        DatabaseSettings settings = DatabaseSettings.Parse("/tmp/b.db");

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Contains("Data Source=/tmp/b.db", settings.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PostgresUrl_GivesHostPortUserPasswordAndDatabase()
    {
        DatabaseSettings settings = DatabaseSettings.Parse("postgres://csc:s%40cret@db.internal:5544/opencsc");

        var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        Assert.Equal(DatabaseProvider.Postgres, settings.Provider);
        Assert.Equal("db.internal", builder.Host);
        Assert.Equal(5544, builder.Port);
        Assert.Equal("csc", builder.Username);
        Assert.Equal("s@cret", builder.Password);
        Assert.Equal("opencsc", builder.Database);
        Assert.DoesNotContain("s@cret", settings.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PostgresqlSchemeWithoutPort_DefaultsTo5432()
    {
        var builder = new NpgsqlConnectionStringBuilder(DatabaseSettings.Parse("postgresql://u@localhost/x").ConnectionString);

        Assert.Equal(5432, builder.Port);
    }

    [Fact]
    public void Parse_UnknownScheme_SaysWhatIsExpectedWithoutThePassword()
    {
        var error = Assert.Throws<DatabaseSettingException>(() => DatabaseSettings.Parse("mysql://root:hunter2@localhost/csc"));

        Assert.Contains("Unknown database scheme 'mysql'", error.Message, StringComparison.Ordinal);
        Assert.Contains("postgres://user:pass@host:port/db", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PostgresUrlWithoutDatabase_IsRejected()
    {
        var error = Assert.Throws<DatabaseSettingException>(() => DatabaseSettings.Parse("postgres://u:p@localhost:5432/"));

        Assert.Contains("names no database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_WithoutCommandLineValue_UsesTheEnvironmentThenTheDefault()
    {
        string? before = Environment.GetEnvironmentVariable(DatabaseSettings.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(DatabaseSettings.EnvironmentVariable, "postgres://u@h/d");
            Assert.Equal(DatabaseProvider.Postgres, DatabaseSettings.Resolve(null).Provider);
            Assert.Equal(DatabaseProvider.Sqlite, DatabaseSettings.Resolve("x.db").Provider);

            Environment.SetEnvironmentVariable(DatabaseSettings.EnvironmentVariable, null);
            Assert.Contains("Data Source=opencsc.db", DatabaseSettings.Resolve(null).ConnectionString, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(DatabaseSettings.EnvironmentVariable, before);
        }
    }
}
