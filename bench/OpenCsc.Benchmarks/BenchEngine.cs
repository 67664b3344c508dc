using OpenCsc.Data;
using OpenCsc.Testing;

namespace OpenCsc.Benchmarks;

public enum BenchEngine
{
    Sqlite,
    Postgres,
}

/// <summary>Fresh databases for benchmark runs: a SQLite file in a temporary folder, or a database on a throwaway PostgreSQL.</summary>
public sealed class BenchDatabases : IAsyncDisposable
{
    private ThrowawayPostgres? _postgres;
    private readonly List<string> _folders = [];

    public async Task<DatabaseSettings> CreateAsync(BenchEngine engine)
    {
        if (engine == BenchEngine.Postgres)
        {
            _postgres ??= await ThrowawayPostgres.StartAsync();
            return await _postgres.CreateDatabaseAsync();
        }

        string folder = Directory.CreateTempSubdirectory("opencsc-bench-").FullName;
        _folders.Add(folder);
        return DatabaseSettings.ForSqliteFile(Path.Combine(folder, "bench.db"));
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        foreach (string folder in _folders)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
