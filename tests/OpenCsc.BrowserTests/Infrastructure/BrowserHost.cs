using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenCsc.Data;
using OpenCsc.Data.Migrations;
using OpenCsc.Web;

namespace OpenCsc.BrowserTests.Infrastructure;

/// <summary>
/// The real web host on a real socket (127.0.0.1, a free port) over a SQLite file of <see cref="BrowserBorough"/>'s
/// children, its clock fixed at 12:00 on Monday 15 June 2026; and Debian's Chromium, headless, driven by Playwright.
/// One per test class: each test opens its own browser context (its own cookies).
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    /// <summary>Where Debian's chromium package puts the browser; OPENCSC_CHROMIUM overrides it.</summary>
    public const string DefaultChromium = "/usr/bin/chromium";

    public static readonly DateTimeOffset Now = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("opencsc-browser-").FullName;
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public BrowserBorough Borough { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        string chromium = Environment.GetEnvironmentVariable("OPENCSC_CHROMIUM") is { Length: > 0 } configured ? configured : DefaultChromium;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {chromium} and it is not there. scripts/test.sh installs Debian's chromium package when it is missing (apt-get install chromium); or set OPENCSC_CHROMIUM to a Chromium binary.");
        }

        DatabaseSettings settings = DatabaseSettings.ForSqliteFile(Path.Combine(_folder, "browser.db"));
        await new DatabaseMigrator(settings).MigrateAsync();
        Borough = await BrowserBorough.InsertAsync(settings, Now);

        _app = OpenCscWeb.Build(["--urls", "http://127.0.0.1:0"], settings, services =>
        {
            services.AddSingleton<IDemoSeeder>(new NoDemoBorough());
            services.AddSingleton<TimeProvider>(new FixedClock(Now));
        });
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh browser context (no cookies) with a page; generous timeouts for a busy 2-core machine.</summary>
    public async Task<IPage> NewPageAsync()
    {
        IBrowserContext context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "en-GB" });
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(120_000);
        return await context.NewPageAsync();
    }

    /// <summary>Opens a page signed in (through the sign-in form) as the account.</summary>
    public async Task<IPage> SignedInAsync(string userName)
    {
        IPage page = await NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(BrowserBorough.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // Signed in once the redirect away from sign-in is under way (the cookie came with it); the caller then goes where
        // it wants, so the home page's own load is not waited for.
        await page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the temp folder is cleaned by the OS.
        }
    }

    private sealed class NoDemoBorough : IDemoSeeder
    {
        public Task SeedAsync(DatabaseSettings settings, CancellationToken ct) => Task.CompletedTask;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
