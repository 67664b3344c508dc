using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using OpenCsc.Data;

namespace OpenCsc.Testing;

/// <summary>
/// A throwaway PostgreSQL server for tests and benchmarks: initdb into a temporary folder, start on a free
/// loopback port, stop and delete on dispose. postgres refuses to run as root, so as root it runs as the
/// postgres user. OPENCSC_TEST_POSTGRES (a postgres:// URL of an existing server) skips starting one.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private string? _folder;
    private string? _binaries;
    private bool _asPostgresUser;
    private string _adminConnectionString = "";
    private int _databaseCounter;
    private int _port;

    private ThrowawayPostgres()
    {
    }

    /// <param name="own">A server of its own even when OPENCSC_TEST_POSTGRES names one: for a test that restarts it.</param>
    public static async Task<ThrowawayPostgres> StartAsync(bool own = false)
    {
        var server = new ThrowawayPostgres();
        string? existing = Environment.GetEnvironmentVariable("OPENCSC_TEST_POSTGRES");
        if (!own && !string.IsNullOrWhiteSpace(existing))
        {
            server._adminConnectionString = DatabaseSettings.Parse(existing).ConnectionString;
            return server;
        }

        server._binaries = FindBinaries();
        server._asPostgresUser = Environment.UserName == "root";
        server._folder = Directory.CreateTempSubdirectory("opencsc-pg-").FullName;
        if (server._asPostgresUser)
        {
            await RunAsync("chown", ["postgres:postgres", server._folder]);
        }

        int port = FreePort();
        server._port = port;
        string data = Path.Combine(server._folder, "data");
        await server.RunPostgresToolAsync("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
        await server.PgCtlStartAsync();
        server._adminConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "postgres",
            Database = "postgres",
            Pooling = false,
        }.ConnectionString;
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_folder is null || _binaries is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            await RunPostgresToolAsync("pg_ctl", ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>
    /// Restarts the server as an operator would (pg_ctl restart, fast mode): every open connection is cut, a transaction
    /// in progress is rolled back, and the server takes connections again on the same port.
    /// </summary>
    public async Task RestartAsync()
    {
        if (_folder is null)
        {
            throw new InvalidOperationException("Only a server this class started can be restarted (OPENCSC_TEST_POSTGRES names one it did not).");
        }

        await RunPostgresToolAsync("pg_ctl", ["-D", Path.Combine(_folder, "data"), "-m", "fast", "-w", "-t", "60", "stop"]);
        await PgCtlStartAsync();
    }

    private Task PgCtlStartAsync() => RunPostgresToolAsync("pg_ctl", ["-D", Path.Combine(_folder!, "data"), "-l", Path.Combine(_folder!, "server.log"), "-w", "-t", "60",
        "-o", $"-k {_folder} -p {_port.ToString(CultureInfo.InvariantCulture)} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
        "start"]);

    /// <summary>A new empty database on the server.</summary>
    public async Task<DatabaseSettings> CreateDatabaseAsync()
    {
        string name = $"t{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}_{Interlocked.Increment(ref _databaseCounter).ToString(CultureInfo.InvariantCulture)}";
        await using (var connection = new NpgsqlConnection(_adminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name, Pooling = true };
        return new DatabaseSettings(DatabaseProvider.Postgres, builder.ConnectionString, $"PostgreSQL database {name} on {builder.Host}:{builder.Port.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>The postgres:// URL of a database, as a user would pass it to --db.</summary>
    public static string UrlOf(DatabaseSettings settings)
    {
        var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        return $"postgres://{builder.Username}@{builder.Host}:{builder.Port.ToString(CultureInfo.InvariantCulture)}/{builder.Database}";
    }

    private static string FindBinaries()
    {
        string? configured = Environment.GetEnvironmentVariable("OPENCSC_PG_BIN");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        const string root = "/usr/lib/postgresql";
        string? found = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => d, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            "The PostgreSQL tests need a PostgreSQL server: none found under /usr/lib/postgresql/*/bin. " +
            "Run scripts/test.sh (it installs one), set OPENCSC_PG_BIN to the folder holding initdb and pg_ctl, " +
            "or set OPENCSC_TEST_POSTGRES to the postgres:// URL of a server to use.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task RunPostgresToolAsync(string tool, string[] arguments)
    {
        string path = Path.Combine(_binaries!, tool);
        return _asPostgresUser
            ? RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments])
            : RunAsync(path, arguments);
    }

    private static async Task RunAsync(string fileName, string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', arguments)} failed with exit code {process.ExitCode.ToString(CultureInfo.InvariantCulture)}: {await error} {await output}");
        }
    }
}
