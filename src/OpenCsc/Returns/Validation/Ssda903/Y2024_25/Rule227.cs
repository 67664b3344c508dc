namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule227() : ProviderInfoRule("227", "Ofsted Unique reference number (URN) is not valid for the episode start date.", "URN;DECOM", "Episodes;Provider Info")
{
    protected override Func<int, int[], bool> Prepare(Ssda903Data data, ReturnTable episodes, ReturnTable providers)
    {
        // An episode must start before the provider's registration ended (REG_END); on that day or later it is flagged.
        // An unknown URN, a provider still registered or an episode without a valid start is left alone.
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn registrationEnd = providers[Ssda903ProviderInfo.RegistrationEnd];
        return (r, rows) => start.Date(r) is { } from && rows.Any(p => registrationEnd.Date(p) is { } ended && from >= ended);
    }
}
