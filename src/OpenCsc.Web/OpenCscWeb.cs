using OpenCsc.Audit;
using OpenCsc.Data;
using OpenCsc.Web.Background;
using OpenCsc.Web.Borough;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;
using OpenCsc.Web.Startup;

namespace OpenCsc.Web;

/// <summary>
/// Builds the web host, for `dotnet run --project src/OpenCsc.Web`, `opencsc serve` and the integration tests.
/// </summary>
public static class OpenCscWeb
{
    /// <summary>Where the host listens when neither --urls, ASPNETCORE_URLS nor Kestrel endpoints say otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5000";

    /// <param name="args">Command-line arguments: --db, --urls and any other configuration key.</param>
    /// <param name="settings">The database; when null it comes from --db, then OPENCSC_DB, then the configuration key
    /// Database, then opencsc.db. Without an audit key, the key comes from the file Audit:KeyFile names, else
    /// opencsc-audit.key in the data directory (made on first start).</param>
    /// <param name="configureServices">Extra registrations, e.g. the <see cref="IDemoSeeder"/>.</param>
    public static WebApplication Build(string[] args, DatabaseSettings? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // The pages live in this assembly, whichever program hosts it (the web project, `opencsc serve`, a test):
            // MVC finds Razor pages in the application's assembly, so name it.
            ApplicationName = typeof(OpenCscWeb).Assembly.GetName().Name,
            WebRootPath = ResolveWebRoot(),
        });

        settings ??= DatabaseSettings.Resolve(
            builder.Configuration["db"]
            ?? Environment.GetEnvironmentVariable(DatabaseSettings.EnvironmentVariable)
            ?? builder.Configuration["Database"]);

        if (!HasExplicitEndpoints(builder.Configuration))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        UsePrivateRequestBuffer(UploadSettings.From(builder.Configuration, settings));

        // No child data in logs: request lines carry search terms, and EF Core's command log would carry SQL.
        // Sensitive data logging stays off, so parameter values are never logged either.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Mvc", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);

        IServiceCollection services = builder.Services;
        // The audit key is loaded (made, on first start) when the settings are first asked for, so a host whose
        // settings are replaced (the tests) never touches the default key file.
        DatabaseSettings configured = settings;
        services.AddSingleton(_ => configured.AuditKey is not null ? configured
            : configured with { AuditKey = AuditKeyFile.LoadOrCreate(AuditFiles.KeyFile(builder.Configuration[AuditFiles.KeyFileSetting], configured)) });
        services.AddSingleton(TimeProvider.System);
        services.AddDbContext<AppDbContext>((provider, options) =>
            AppDatabase.Configure(options, provider.GetRequiredService<DatabaseSettings>()));
        services.AddMemoryCache();
        services.AddScoped<CurrentAuthority>();
        services.AddScoped<OpenCsc.Web.Pages.Dashboard.DashboardData>();
        services.AddHostedService<DatabaseStartup>();
        // From the database the host is given (tests replace it), so the uploads sit beside that database by default.
        services.AddSingleton(provider => UploadSettings.From(builder.Configuration, provider.GetRequiredService<DatabaseSettings>()));
        services.AddHostedService<UploadFolderStartup>();
        services.AddSingleton<ImportQueue>();
        services.AddHostedService(provider => provider.GetRequiredService<ImportQueue>());
        services.AddSingleton<DataQualityRunner>();
        services.AddHostedService(provider => provider.GetRequiredService<DataQualityRunner>());
        services.AddSingleton<AuditCheckpointWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<AuditCheckpointWriter>());
        services.AddStaffSignIn();
        services.AddRecording(builder.Configuration);
        services.AddPagePolicies();
        services.AddRazorPages(options => options.RootDirectory = "/Pages");
        configureServices?.Invoke(services);

        WebApplication app = builder.Build();

        app.UseSecurityHeaders(app.Environment.IsDevelopment());
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/errors/500");
        }

        app.UseStatusCodePagesWithReExecute("/errors/{0}");
        app.UseStaticFiles();
        app.UseGovukFrontendAssets();
        app.UseRouting();
        app.UseAuthentication();
        // Before authorisation, so that a request its page's policy refuses is recorded, and as the person who asked.
        app.UseRequestAuditContext();
        app.UseChildAccessAudit();
        app.UseAuthorization();
        app.MapRazorPages();
        return app;
    }

    /// <summary>
    /// ASP.NET Core writes a large request body (an upload) to ASPNETCORE_TEMP, by default the shared temporary folder
    /// where any user of the host could read it: unless the operator chose a folder, it goes in the private uploads
    /// folder instead. The setting is the process's, read once, so a host built later in the same process keeps the first.
    /// </summary>
    private static void UsePrivateRequestBuffer(UploadSettings uploads)
    {
        const string variable = "ASPNETCORE_TEMP";
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)))
        {
            string buffer = UploadFolder.EnsurePrivate(Path.Combine(UploadFolder.EnsurePrivate(uploads.Folder), UploadFolder.BufferFolderName));
            Environment.SetEnvironmentVariable(variable, buffer);
        }
    }

    private static bool HasExplicitEndpoints(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["urls"])
        || !string.IsNullOrWhiteSpace(configuration["http_ports"])
        || !string.IsNullOrWhiteSpace(configuration["https_ports"])
        || configuration.GetSection("Kestrel:Endpoints").Exists();

    /// <summary>
    /// wwwroot in the working folder when there is one (dotnet run, the tests' content root), else the copy the build
    /// puts beside the binaries (opencsc serve from any folder).
    /// </summary>
    private static string? ResolveWebRoot()
    {
        if (Directory.Exists(Path.Combine(Directory.GetCurrentDirectory(), "wwwroot")))
        {
            return null;
        }

        string besideBinaries = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        return Directory.Exists(besideBinaries) ? besideBinaries : null;
    }

    /// <summary>GOV.UK Frontend's CSS asks for its fonts and images under /assets.</summary>
    private static void UseGovukFrontendAssets(this WebApplication app)
    {
        string assets = Path.Combine(app.Environment.WebRootPath ?? "", "lib", "govuk-frontend", "assets");
        if (!Directory.Exists(assets))
        {
            app.Logger.LogWarning("GOV.UK Frontend assets are missing from {Folder}: build OpenCsc.Web to copy them from npm.", assets);
            return;
        }

        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = "/assets",
            FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(assets),
        });
    }
}
