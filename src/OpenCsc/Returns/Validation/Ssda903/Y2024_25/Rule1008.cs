namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1008() : ProviderInfoRule("1008", "Ofsted Unique Reference Number (URN) is not valid.", "URN", "Episodes;Provider Info")
{
    // A URN (other than XXXXXXX) must be in the provider information.
    protected override Func<int, int[], bool> Prepare(Ssda903Data data, ReturnTable episodes, ReturnTable providers) =>
        (r, rows) => rows.Length == 0;
}
