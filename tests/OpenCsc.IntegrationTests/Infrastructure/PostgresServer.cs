using OpenCsc.Data;
using OpenCsc.Testing;

[assembly: AssemblyFixture(typeof(OpenCsc.IntegrationTests.Infrastructure.PostgresServer))]

namespace OpenCsc.IntegrationTests.Infrastructure;

/// <summary>One throwaway PostgreSQL server for the whole test run; each test takes its own database on it.</summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private ThrowawayPostgres? _server;

    public async ValueTask InitializeAsync() => _server = await ThrowawayPostgres.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    public Task<DatabaseSettings> CreateDatabaseAsync() => _server!.CreateDatabaseAsync();

    public static string UrlOf(DatabaseSettings settings) => ThrowawayPostgres.UrlOf(settings);
}
