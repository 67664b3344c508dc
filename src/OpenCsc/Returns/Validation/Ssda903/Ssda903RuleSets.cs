namespace OpenCsc.Returns.Validation.Ssda903;

/// <summary>
/// The rules of each collection year, layered as the DfE publishes them: 2024/25 is the base; a later year adds
/// rules, replaces those it changes (same code) and deletes others; everything else carries over. Years before
/// 2024/25 use the 2024/25 rules. Each list names the classes of that year's folder.
/// </summary>
public static class Ssda903RuleSets
{
    private static readonly Ssda903Rule[] Changes2024_25 =
    [
        new Y2024_25.Rule101(),
        new Y2024_25.Rule102(),
        new Y2024_25.Rule103(),
        new Y2024_25.Rule105(),
        new Y2024_25.Rule112(),
        new Y2024_25.Rule113(),
        new Y2024_25.Rule114(),
        new Y2024_25.Rule115(),
        new Y2024_25.Rule116(),
        new Y2024_25.Rule119(),
        new Y2024_25.Rule120(),
        new Y2024_25.Rule131(),
        new Y2024_25.Rule132(),
        new Y2024_25.Rule133(),
        new Y2024_25.Rule141(),
        new Y2024_25.Rule142(),
        new Y2024_25.Rule143(),
        new Y2024_25.Rule144(),
        new Y2024_25.Rule145(),
        new Y2024_25.Rule146(),
        new Y2024_25.Rule147(),
        new Y2024_25.Rule148(),
        new Y2024_25.Rule149(),
        new Y2024_25.Rule151(),
        new Y2024_25.Rule153(),
        new Y2024_25.Rule158(),
        new Y2024_25.Rule159(),
        new Y2024_25.Rule166(),
        new Y2024_25.Rule167(),
        new Y2024_25.Rule168(),
        new Y2024_25.Rule171(),
        new Y2024_25.Rule174(),
        new Y2024_25.Rule175(),
        new Y2024_25.Rule176(),
        new Y2024_25.Rule177(),
        new Y2024_25.Rule178(),
        new Y2024_25.Rule180(),
        new Y2024_25.Rule181(),
        new Y2024_25.Rule182(),
        new Y2024_25.Rule184(),
        new Y2024_25.Rule192(),
        new Y2024_25.Rule193(),
        new Y2024_25.Rule196(),
        new Y2024_25.Rule209(),
        new Y2024_25.Rule213(),
        new Y2024_25.Rule214(),
        new Y2024_25.Rule217(),
        new Y2024_25.Rule222(),
        new Y2024_25.Rule225(),
        new Y2024_25.Rule226(),
        new Y2024_25.Rule232(),
        new Y2024_25.Rule301(),
        new Y2024_25.Rule302(),
        new Y2024_25.Rule344(),
        new Y2024_25.Rule345(),
        new Y2024_25.Rule351(),
        new Y2024_25.Rule352(),
        new Y2024_25.Rule353(),
        new Y2024_25.Rule354(),
        new Y2024_25.Rule355(),
        new Y2024_25.Rule356(),
        new Y2024_25.Rule358(),
        new Y2024_25.Rule359(),
        new Y2024_25.Rule361(),
        new Y2024_25.Rule362(),
        new Y2024_25.Rule363(),
        new Y2024_25.Rule364(),
        new Y2024_25.Rule365(),
        new Y2024_25.Rule371(),
        new Y2024_25.Rule372(),
        new Y2024_25.Rule373(),
        new Y2024_25.Rule374(),
        new Y2024_25.Rule375(),
        new Y2024_25.Rule376(),
        new Y2024_25.Rule378(),
        new Y2024_25.Rule379(),
        new Y2024_25.Rule382(),
        new Y2024_25.Rule384(),
        new Y2024_25.Rule385(),
        new Y2024_25.Rule386(),
        new Y2024_25.Rule387(),
        new Y2024_25.Rule389(),
        new Y2024_25.Rule398(),
        new Y2024_25.Rule407(),
        new Y2024_25.Rule420(),
        new Y2024_25.Rule446(),
        new Y2024_25.Rule460(),
        new Y2024_25.Rule511(),
        new Y2024_25.Rule514(),
        new Y2024_25.Rule517(),
        new Y2024_25.Rule518(),
        new Y2024_25.Rule519(),
        new Y2024_25.Rule520(),
        new Y2024_25.Rule522(),
        new Y2024_25.Rule524(),
        new Y2024_25.Rule527(),
        new Y2024_25.Rule528(),
        new Y2024_25.Rule529(),
        new Y2024_25.Rule530(),
        new Y2024_25.Rule531(),
        new Y2024_25.Rule550(),
        new Y2024_25.Rule563(),
        new Y2024_25.Rule564(),
        new Y2024_25.Rule565(),
        new Y2024_25.Rule566(),
        new Y2024_25.Rule567(),
        new Y2024_25.Rule570(),
        new Y2024_25.Rule571(),
        new Y2024_25.Rule586(),
        new Y2024_25.Rule611(),
        new Y2024_25.Rule612(),
        new Y2024_25.Rule620(),
        new Y2024_25.Rule621(),
        new Y2024_25.Rule631(),
        new Y2024_25.Rule633(),
        new Y2024_25.Rule635(),
        new Y2024_25.Rule1004(),
        new Y2024_25.Rule1005(),
        new Y2024_25.Rule1006(),
        new Y2024_25.Rule1009(),
        new Y2024_25.Rule197a(),
        new Y2024_25.RuleINT01(),
        new Y2024_25.RuleINT02(),
        new Y2024_25.RuleINT03(),
        new Y2024_25.RuleINT04(),
        new Y2024_25.RuleINT05(),
        new Y2024_25.RuleINT06(),
        new Y2024_25.RuleINT07(),
        new Y2024_25.RuleINT08(),
        new Y2024_25.RuleINT09(),
        new Y2024_25.RuleINT11(),
        new Y2024_25.RuleINT12(),
        new Y2024_25.RuleINT13(),
        new Y2024_25.RuleINT14(),
        new Y2024_25.RuleINT15(),
        new Y2024_25.RuleINT16(),
        new Y2024_25.RuleINT17(),
        new Y2024_25.RuleINT18(),
        new Y2024_25.RuleINT21(),
        new Y2024_25.RuleINT31(),
        new Y2024_25.RuleINT32(),
        new Y2024_25.RuleINT33(),
        new Y2024_25.RuleINT34(),
        new Y2024_25.RuleINT35(),
        new Y2024_25.RuleINT36(),
        new Y2024_25.RuleSW04STG1(),
        new Y2024_25.RuleSW05STG1(),
        new Y2024_25.RuleSW13STG1(),
    ];

    private static readonly Ssda903Rule[] Changes2025_26 =
    [
        new Y2025_26.Rule226(),
        new Y2025_26.Rule233(),
        new Y2025_26.Rule234(),
        new Y2025_26.Rule444(),
    ];

    private static readonly Ssda903Rule[] Changes2026_27 =
    [
        new Y2026_27.Rule700(),
        new Y2026_27.Rule701(),
        new Y2026_27.Rule702(),
        new Y2026_27.Rule703(),
        new Y2026_27.Rule704(),
        new Y2026_27.Rule708(),
    ];

    private static readonly string[] Deleted2025_26 = [];

    private static readonly string[] Deleted2026_27 = [];

    public static IReadOnlyList<Ssda903Rule> Y2024_25 { get; } = Changes2024_25;

    public static IReadOnlyList<Ssda903Rule> Y2025_26 { get; } = Layer(Y2024_25, Changes2025_26, Deleted2025_26);

    public static IReadOnlyList<Ssda903Rule> Y2026_27 { get; } = Layer(Y2025_26, Changes2026_27, Deleted2026_27);

    /// <summary>The rules of a collection year; years after 2026/27 use the 2026/27 rules until the DfE publishes theirs.</summary>
    public static IReadOnlyList<Ssda903Rule> For(CollectionYear year) => year.Year switch
    {
        >= 2026 => Y2026_27,
        2025 => Y2025_26,
        _ => Y2024_25,
    };

    private static Ssda903Rule[] Layer(IReadOnlyList<Ssda903Rule> earlier, Ssda903Rule[] changes, string[] deleted)
    {
        var replaced = changes.Select(r => r.Code).Concat(deleted).ToHashSet(StringComparer.Ordinal);
        return [.. earlier.Where(r => !replaced.Contains(r.Code)), .. changes];
    }
}
