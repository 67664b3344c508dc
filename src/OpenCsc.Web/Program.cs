using OpenCsc.Web;
using OpenCsc.Web.Startup;

// An empty database is migrated and seeded with the synthetic demo borough before the first request.
WebApplication app = OpenCscWeb.Build(args, configureServices: DemoSeeding.Register);
await app.RunAsync();

/// <summary>The entry point. Tests name this assembly with <see cref="WebAssemblyMarker"/> instead (see there).</summary>
public partial class Program;
