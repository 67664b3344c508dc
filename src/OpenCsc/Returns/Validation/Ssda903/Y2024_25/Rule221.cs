namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule221() : ProviderInfoRule("221", "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement postcode provided.",
    "PL_POST", "Episodes;Provider Info")
{
    protected override Func<int, int[], bool> Prepare(Ssda903Data data, ReturnTable episodes, ReturnTable providers)
    {
        // Placements in a registered setting (K1-K3, R3, S1), not respite (V3, V4), with a postcode: the postcode
        // (compared without spaces or case) must be the provider's; an unknown URN or a provider without one is flagged.
        string[] places = ["K1", "K2", "K3", "R3", "S1"];
        ReturnColumn status = episodes["LS"];
        ReturnColumn place = episodes["PLACE"];
        ReturnColumn postcode = episodes["PL_POST"];
        ReturnColumn providerPostcode = providers[Ssda903ProviderInfo.Postcode];
        return (r, rows) =>
            status[r] is not ("V3" or "V4") && place[r] is { } code && places.Contains(code) && postcode[r] is { } given
            && (rows.Length == 0 || rows.Any(p => Ssda903ProviderInfo.ComparablePostcode(providerPostcode[p]) != Ssda903ProviderInfo.ComparablePostcode(given)));
    }
}
