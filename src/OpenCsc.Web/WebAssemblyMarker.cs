namespace OpenCsc.Web;

/// <summary>
/// Names this assembly for WebApplicationFactory. <c>Program</c> will not do in tests that reference both the web
/// host and the command line: in .NET 10 both top-level programs are public classes named Program.
/// </summary>
public sealed class WebAssemblyMarker
{
    private WebAssemblyMarker()
    {
    }
}
