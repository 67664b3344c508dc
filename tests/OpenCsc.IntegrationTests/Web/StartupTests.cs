using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCsc.Data;
using OpenCsc.Web;
using Xunit;

namespace OpenCsc.IntegrationTests.Web;

public sealed class StartupTests
{
    /// <summary>Records the calls the host makes; the real generator is registered by the command line host.</summary>
    private sealed class RecordingSeeder : IDemoSeeder
    {
        public List<DatabaseSettings> Calls { get; } = [];

        public Task SeedAsync(DatabaseSettings settings, CancellationToken ct)
        {
            Calls.Add(settings);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Startup_EmptyDatabase_IsMigratedAndSeededThroughTheDemoSeeder()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync(migrate: false);
        var seeder = new RecordingSeeder();
        HttpClient client = app.Start(services => services.AddSingleton<IDemoSeeder>(seeder));

        using HttpResponseMessage home = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.True(home.IsSuccessStatusCode);
        Assert.Equal([app.Settings], seeder.Calls);
        await using AppDbContext db = app.OpenContext();
        Assert.Equal(0, await db.Children.CountAsync(TestContext.Current.CancellationToken));
        Assert.Contains(app.Logs, line => line.Contains("Seeding demo borough...", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Startup_DatabaseWithChildren_IsNotSeeded()
    {
        await using WebTestApp app = await WebTestApp.CreateDatabaseAsync();
        await TestBorough.InsertAsync(app);
        var seeder = new RecordingSeeder();
        HttpClient client = app.Start(services => services.AddSingleton<IDemoSeeder>(seeder));

        using HttpResponseMessage home = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.True(home.IsSuccessStatusCode);
        Assert.Empty(seeder.Calls);
    }
}
