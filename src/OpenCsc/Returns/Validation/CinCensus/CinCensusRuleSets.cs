namespace OpenCsc.Returns.Validation.CinCensus;

/// <summary>
/// The CIN census rules of each collection year, layered as the DfE publishes them: 2024/25 is the base (the year
/// sex became M/F/U and rules 1570, 1580, 8945Q and 8950Q came in); a later year adds rules, replaces those it
/// changes (same code, a class in that year's folder) and deletes others; everything else carries over. 2025/26
/// changed nothing: its catalogue is 2024/25's. Years before 2024/25 use the 2024/25 rules.
/// </summary>
public static class CinCensusRuleSets
{
    private static readonly CinCensusRule[] Changes2024_25 =
    [
        new Y2024_25.Rule100(),
        new Y2024_25.Rule1103(),
        new Y2024_25.Rule1104(),
        new Y2024_25.Rule1105(),
        new Y2024_25.Rule1510(),
        new Y2024_25.Rule1520(),
        new Y2024_25.Rule1530(),
        new Y2024_25.Rule1540(),
        new Y2024_25.Rule1550(),
        new Y2024_25.Rule1560Q(),
        new Y2024_25.Rule1570(),
        new Y2024_25.Rule1580(),
        new Y2024_25.Rule2883(),
        new Y2024_25.Rule2884(),
        new Y2024_25.Rule2885(),
        new Y2024_25.Rule2886Q(),
        new Y2024_25.Rule2887Q(),
        new Y2024_25.Rule2888Q(),
        new Y2024_25.Rule2889(),
        new Y2024_25.Rule2990(),
        new Y2024_25.Rule2991Q(),
        new Y2024_25.Rule4000(),
        new Y2024_25.Rule4001(),
        new Y2024_25.Rule4003(),
        new Y2024_25.Rule4004(),
        new Y2024_25.Rule4008(),
        new Y2024_25.Rule4009Q(),
        new Y2024_25.Rule4010(),
        new Y2024_25.Rule4011(),
        new Y2024_25.Rule4012Q(),
        new Y2024_25.Rule4013(),
        new Y2024_25.Rule4014(),
        new Y2024_25.Rule4015(),
        new Y2024_25.Rule4016(),
        new Y2024_25.Rule4017(),
        new Y2024_25.Rule4180(),
        new Y2024_25.Rule4220(),
        new Y2024_25.Rule8500(),
        new Y2024_25.Rule8510(),
        new Y2024_25.Rule8520(),
        new Y2024_25.Rule8525Q(),
        new Y2024_25.Rule8530Q(),
        new Y2024_25.Rule8535Q(),
        new Y2024_25.Rule8540(),
        new Y2024_25.Rule8545Q(),
        new Y2024_25.Rule8555Q(),
        new Y2024_25.Rule8565(),
        new Y2024_25.Rule8568(),
        new Y2024_25.Rule8569Q(),
        new Y2024_25.Rule8585Q(),
        new Y2024_25.Rule8590(),
        new Y2024_25.Rule8600(),
        new Y2024_25.Rule8606(),
        new Y2024_25.Rule8608(),
        new Y2024_25.Rule8610(),
        new Y2024_25.Rule8614(),
        new Y2024_25.Rule8615(),
        new Y2024_25.Rule8620(),
        new Y2024_25.Rule8630(),
        new Y2024_25.Rule8640(),
        new Y2024_25.Rule8650(),
        new Y2024_25.Rule8670Q(),
        new Y2024_25.Rule8675Q(),
        new Y2024_25.Rule8696(),
        new Y2024_25.Rule8715(),
        new Y2024_25.Rule8720(),
        new Y2024_25.Rule8730(),
        new Y2024_25.Rule8736(),
        new Y2024_25.Rule8740(),
        new Y2024_25.Rule8750(),
        new Y2024_25.Rule8770Q(),
        new Y2024_25.Rule8772(),
        new Y2024_25.Rule8775Q(),
        new Y2024_25.Rule8790(),
        new Y2024_25.Rule8794(),
        new Y2024_25.Rule8805(),
        new Y2024_25.Rule8810(),
        new Y2024_25.Rule8815(),
        new Y2024_25.Rule8816(),
        new Y2024_25.Rule8820(),
        new Y2024_25.Rule8825Q(),
        new Y2024_25.Rule8831(),
        new Y2024_25.Rule8832(),
        new Y2024_25.Rule8839(),
        new Y2024_25.Rule8840(),
        new Y2024_25.Rule8841(),
        new Y2024_25.Rule8842Q(),
        new Y2024_25.Rule8863Q(),
        new Y2024_25.Rule8866(),
        new Y2024_25.Rule8867(),
        new Y2024_25.Rule8868(),
        new Y2024_25.Rule8869(),
        new Y2024_25.Rule8870Q(),
        new Y2024_25.Rule8873Q(),
        new Y2024_25.Rule8875(),
        new Y2024_25.Rule8890(),
        new Y2024_25.Rule8896(),
        new Y2024_25.Rule8897Q(),
        new Y2024_25.Rule8898(),
        new Y2024_25.Rule8905(),
        new Y2024_25.Rule8910(),
        new Y2024_25.Rule8915(),
        new Y2024_25.Rule8920(),
        new Y2024_25.Rule8925(),
        new Y2024_25.Rule8930(),
        new Y2024_25.Rule8935(),
        new Y2024_25.Rule8940(),
        new Y2024_25.Rule8945Q(),
        new Y2024_25.Rule8950Q(),    ];

    /// <summary>2025/26: no rule added, changed or deleted (rules_2025_26.csv equals rules_2024_25.csv).</summary>
    private static readonly CinCensusRule[] Changes2025_26 = [];

    private static readonly string[] Deleted2025_26 = [];

    public static IReadOnlyList<CinCensusRule> Y2024_25 { get; } = Changes2024_25;

    public static IReadOnlyList<CinCensusRule> Y2025_26 { get; } = Layer(Y2024_25, Changes2025_26, Deleted2025_26);

    /// <summary>The rules of a collection year; years after the latest known use the latest.</summary>
    public static IReadOnlyList<CinCensusRule> For(CollectionYear year) => year.Year >= 2025 ? Y2025_26 : Y2024_25;

    private static CinCensusRule[] Layer(IReadOnlyList<CinCensusRule> previous, CinCensusRule[] changes, string[] deleted)
    {
        var byCode = previous.ToDictionary(r => r.Code, StringComparer.Ordinal);
        foreach (string code in deleted)
        {
            byCode.Remove(code);
        }

        foreach (CinCensusRule rule in changes)
        {
            byCode[rule.Code] = rule;
        }

        var order = previous.Select(r => r.Code).Concat(changes.Select(r => r.Code)).Distinct(StringComparer.Ordinal).ToList();
        return [.. order.Where(byCode.ContainsKey).Select(code => byCode[code])];
    }
}
