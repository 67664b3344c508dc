namespace OpenCsc.Testing;

/// <summary>
/// Trait values for <c>[Trait("Category", ...)]</c>. The fast run leaves out the slow tests:
/// <c>dotnet test OpenCsc.slnx -c Release --filter "Category!=Slow"</c>; the full run takes everything.
/// </summary>
public static class TestCategories
{
    /// <summary>
    /// Tests that take many seconds each: big synthetic boroughs, whole sample returns imported on both engines,
    /// fuzzing, a browser. Each feature they cover also has quick tests that stay in the fast run.
    /// </summary>
    public const string Slow = "Slow";
}
