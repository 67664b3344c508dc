namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule229() : ProviderInfoRule("229", "Placement provider does not match between the placing authority and the local authority code of the provider. [NOTE: The provider's LA code is inferred from the its postcode, and may be inaccurate in some cases.]",
    "URN;PLACE_PROVIDER", "Episodes;Provider Info")
{
    protected override Func<int, int[], bool> Prepare(Ssda903Data data, ReturnTable episodes, ReturnTable providers)
    {
        // The authority's own provision (PR1) must be a provider in its area (LA_CODE_INFERRED its code, given with
        // --la), so an unknown URN is flagged too; another authority's provision (PR2) must not be in its area.
        ReturnColumn provider = episodes["PLACE_PROVIDER"];
        ReturnColumn area = providers[Ssda903ProviderInfo.LocalAuthorityCode];
        string own = data.LocalAuthority;
        return (r, rows) => provider[r] switch
        {
            "PR1" => rows.Length == 0 || rows.Any(p => !string.Equals(area[p], own, StringComparison.Ordinal)),
            "PR2" => rows.Any(p => string.Equals(area[p], own, StringComparison.Ordinal)),
            _ => false,
        };
    }
}
