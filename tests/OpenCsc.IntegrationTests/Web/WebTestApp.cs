using System.Collections.Concurrent;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenCsc.Accounts;
using OpenCsc.Data;
using OpenCsc.Data.Migrations;
using OpenCsc.Web;
using Xunit;

namespace OpenCsc.IntegrationTests.Web;

/// <summary>
/// The real web host on its own database, with the clock fixed at <see cref="Now"/>: a SQLite file in a temporary
/// folder, or, when OPENCSC_TEST_POSTGRES holds a postgres:// URL of a server, a new database on that server that
/// is dropped afterwards. Build the database first with <see cref="CreateDatabaseAsync"/>, then start the host with
/// <see cref="Start"/>.
/// </summary>
public sealed class WebTestApp : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    public const string PostgresVariable = "OPENCSC_TEST_POSTGRES";

    private readonly string _folder;

    static WebTestApp()
    {
        // ASP.NET Core reads where to buffer large request bodies once per process: one folder for every host the tests
        // start, which outlives them (a host's own would be deleted with its test).
        string buffer = Path.Combine(Path.GetTempPath(), "opencsc-web-tests", "request-buffer");
        Directory.CreateDirectory(buffer);
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_TEMP")))
        {
            Environment.SetEnvironmentVariable("ASPNETCORE_TEMP", buffer);
        }
    }
    private readonly (string ServerUrl, string Database)? _postgres;
    private Factory? _factory;
    private static int _accounts;

    private WebTestApp(string folder, DatabaseSettings settings, (string, string)? postgres)
    {
        _folder = folder;
        Settings = settings;
        _postgres = postgres;
    }

    public DatabaseSettings Settings { get; }

    /// <summary>Where the host writes its audit checkpoints.</summary>
    public string CheckpointFile => Path.Combine(_folder, "audit.audit-checkpoints");

    /// <summary>The host's private uploads folder (<c>Uploads:Folder</c>), inside the test's own folder.</summary>
    public string UploadsFolder => Path.Combine(_folder, "uploads");

    /// <summary>Every log message the host wrote, formatted.</summary>
    public ConcurrentQueue<string> Logs { get; } = new();

    /// <summary>The host over a database made elsewhere (e.g. by <c>TestDatabases</c> on either engine), left in place afterwards.</summary>
    public static WebTestApp ForDatabase(DatabaseSettings settings)
    {
        string folder = Path.Combine(Path.GetTempPath(), "opencsc-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new WebTestApp(folder, settings, null);
    }

    /// <summary>A new empty database file; migrated unless told otherwise.</summary>
    public static async Task<WebTestApp> CreateDatabaseAsync(bool migrate = true)
    {
        string name = Guid.NewGuid().ToString("N");
        string folder = Path.Combine(Path.GetTempPath(), "opencsc-web-tests", name);
        Directory.CreateDirectory(folder);
        WebTestApp app;
        if (Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server)
        {
            string database = "opencsc_web_" + name;
            await ExecuteOnServerAsync(server, $"CREATE DATABASE {database}");
            string url = new UriBuilder(server) { Path = "/" + database }.Uri.ToString();
            app = new WebTestApp(folder, DatabaseSettings.Parse(url), (server, database));
        }
        else
        {
            app = new WebTestApp(folder, DatabaseSettings.ForSqliteFile(Path.Combine(folder, "test.db")), null);
        }

        if (migrate)
        {
            await new DatabaseMigrator(app.Settings).MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);
        }

        return app;
    }

    public AppDbContext OpenContext()
    {
        AppDbContext db = AppDatabase.CreateContext(Settings, new FixedTimeProvider(Now));
        db.AuditContext = OpenCsc.Audit.AuditContext.ForSystem("test");
        return db;
    }

    /// <summary>
    /// Starts the host; <paramref name="configureServices"/> runs after the host's own registrations. The client is
    /// signed in (through the real sign-in form) as a new account in <paramref name="signInAs"/>, a performance analyst
    /// unless told otherwise (every page but the recording forms, every unrestricted child); null leaves it signed out.
    /// An empty database stays empty unless <paramref name="seedDemo"/> asks for the host's Barnet-sized demo borough
    /// (minutes of work); a seeder registered by <paramref name="configureServices"/> is used either way.
    /// </summary>
    public HttpClient Start(Action<IServiceCollection>? configureServices = null, StaffRole? signInAs = StaffRole.PerformanceAnalyst, bool seedDemo = false)
    {
        _factory = new Factory(this, services =>
        {
            if (!seedDemo)
            {
                services.AddSingleton<IDemoSeeder>(new NoDemoBorough());
            }

            configureServices?.Invoke(services);
        });
        HttpClient client = NewClient();
        if (signInAs is { } role)
        {
            SignInAsync(client, role).GetAwaiter().GetResult();
        }

        return client;
    }

    /// <summary>Starts the host on the database as it is, seeding no demo borough: the same as <see cref="Start"/>.</summary>
    public HttpClient StartWithoutDemo(StaffRole? signInAs = StaffRole.PerformanceAnalyst) => Start(signInAs: signInAs);

    /// <summary>The started host's services (e.g. its endpoints).</summary>
    public IServiceProvider Services => (_factory ?? throw new InvalidOperationException("Start the host first.")).Services;

    /// <summary>Another client of the started host, signed out.</summary>
    public HttpClient NewClient() =>
        (_factory ?? throw new InvalidOperationException("Start the host first.")).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A new client signed in as a new account in the role, belonging to the worker when one is given.</summary>
    public async Task<HttpClient> ClientAsync(StaffRole role, long? workerId = null)
    {
        HttpClient client = NewClient();
        await SignInAsync(client, role, workerId);
        return client;
    }

    /// <summary>The test accounts' password.</summary>
    public const string Password = "correct horse battery";

    /// <summary>Makes an account in the role (a new user name each time) and signs the client in with it.</summary>
    public async Task<string> SignInAsync(HttpClient client, StaffRole role, long? workerId = null)
    {
        string userName = await CreateAccountAsync(role, workerId);
        using HttpResponseMessage response = await PostFormAsync(client, "/sign-in", "/sign-in", new() { ["userName"] = userName, ["password"] = Password });
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"Signing in as {userName} answered {(int)response.StatusCode}");
        return userName;
    }

    /// <summary>Makes an account in the role with <see cref="Password"/>; returns its user name.</summary>
    public async Task<string> CreateAccountAsync(StaffRole role, long? workerId = null)
    {
        string userName = $"test.{role.ToString().ToLowerInvariant()}.{Interlocked.Increment(ref _accounts)}";
        await using AppDbContext db = OpenContext();
        StaffAccount account = DemoAccounts.Account(userName, role, null, "Test " + StaffRoles.Label(role), demo: false);
        account.WorkerId = workerId;
        account.PasswordHash = new PasswordHasher<StaffAccount>().HashPassword(account, Password);
        db.StaffAccounts.Add(account);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return userName;
    }

    /// <summary>GETs <paramref name="formPage"/> for its anti-forgery token, then POSTs the fields with it to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action, Dictionary<string, string> fields)
    {
        IHtmlDocument page = Parse(await (await client.GetAsync(formPage, TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        string token = page.QuerySelector($"form[action='{action.Split('?')[0]}'] input[name='__RequestVerificationToken']")?.GetAttribute("value")
            ?? page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    public static async Task<IHtmlDocument> GetPageAsync(HttpClient client, string url)
    {
        using HttpResponseMessage response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        string html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return Parse(html);
    }

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (_postgres is { } postgres)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteOnServerAsync(postgres.ServerUrl, $"DROP DATABASE IF EXISTS {postgres.Database} WITH (FORCE)");
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the temp folder is cleaned by the OS.
        }
    }

    private static async Task ExecuteOnServerAsync(string serverUrl, string sql)
    {
        await using var connection = new NpgsqlConnection(DatabaseSettings.Parse(serverUrl).ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class NoDemoBorough : IDemoSeeder
    {
        public Task SeedAsync(DatabaseSettings settings, CancellationToken ct) => Task.CompletedTask;
    }

    private sealed class Factory(WebTestApp app, Action<IServiceCollection>? configureServices) : WebApplicationFactory<WebAssemblyMarker>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            // The hourly audit checkpoints (one at start) go to the test's own folder, whichever engine it runs on.
            builder.UseSetting(OpenCsc.Audit.AuditFiles.CheckpointFileSetting, app.CheckpointFile);
            builder.UseSetting("Uploads:Folder", app.UploadsFolder);
            builder.ConfigureLogging(logging => logging.AddProvider(new CollectingLoggerProvider(app.Logs)));
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<DatabaseSettings>();
                services.AddSingleton(app.Settings);
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(new FixedTimeProvider(Now));
                configureServices?.Invoke(services);
            });
        }
    }

    private sealed class CollectingLoggerProvider(ConcurrentQueue<string> sink) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CollectingLogger(categoryName, sink);

        public void Dispose()
        {
        }
    }

    private sealed class CollectingLogger(string category, ConcurrentQueue<string> sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Enqueue($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : " " + exception)}");
    }
}
