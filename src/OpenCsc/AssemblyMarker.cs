namespace OpenCsc;

internal static class AssemblyMarker { }
