namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule228() : ProviderInfoRule("228", "Ofsted Unique reference number (URN) is not valid for the episode end date [NOTE: may give false positives on open episodes at providers who close during the year]",
    "URN;DEC", "Episodes;Provider Info")
{
    protected override Func<int, int[], bool> Prepare(Ssda903Data data, ReturnTable episodes, ReturnTable providers)
    {
        // An episode must end by the day the provider's registration ended (REG_END); an open episode (or one whose end
        // is not a valid date) runs to the end of the collection year. An unknown URN or a registered provider is left alone.
        ReturnColumn end = episodes["DEC"];
        ReturnColumn registrationEnd = providers[Ssda903ProviderInfo.RegistrationEnd];
        DateOnly collectionEnd = data.CollectionEnd;
        return (r, rows) => rows.Any(p => registrationEnd.Date(p) is { } ended && (end.Date(r) ?? collectionEnd) > ended);
    }
}
