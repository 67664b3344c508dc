using OpenCsc.Web;

WebApplication app = OpenCscWeb.Build(args);
await app.RunAsync();

/// <summary>The entry point. Tests name this assembly with <see cref="WebAssemblyMarker"/> instead (see there).</summary>
public partial class Program;
