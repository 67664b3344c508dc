using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace OpenCsc.Returns.Ssda903;

/// <summary>The tables of the SSDA903 return, named as the DfE names them.</summary>
public enum Ssda903Table
{
    Header,
    Episodes,
    Reviews,
    Uasc,
    Oc2,
    Oc3,
    Ad1,
    PlacedAdoption,
    PrevPerm,
    Missing,
    SwEpisodes,
}

public enum Ssda903ColumnKind
{
    /// <summary>An identifier or other free-form value without a code list (CHILD, UPN, URN, postcodes).</summary>
    Text,

    /// <summary>A value from a DfE code list.</summary>
    Code,

    /// <summary>A date, dd/mm/YYYY.</summary>
    Date,

    /// <summary>A date that may have zz for an unknown day or month (PrevPerm DATE_PERM), kept as written.</summary>
    PartialDate,

    Integer,

    /// <summary>0 or 1.</summary>
    YesNo,
}

/// <param name="Required">The DfE's canbeblank: no.</param>
/// <param name="Codes">The code list, for <see cref="Ssda903ColumnKind.Code"/>.</param>
public sealed record Ssda903Column(string Name, Ssda903ColumnKind Kind, bool Required, CodeList? Codes = null, int? Min = null, int? Max = null);

/// <summary>One table's columns for one year, in the DfE's order.</summary>
public sealed class Ssda903TableSchema
{
    private readonly FrozenDictionary<string, int> _indexes;

    internal Ssda903TableSchema(Ssda903Table table, string name, string fileName, IReadOnlyList<Ssda903Column> columns)
    {
        Table = table;
        Name = name;
        FileName = fileName;
        Columns = columns;
        _indexes = columns.Select((c, i) => KeyValuePair.Create(c.Name, i)).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public Ssda903Table Table { get; }

    /// <summary>The DfE's name: Header, Episodes, Reviews, UASC, OC2, OC3, AD1, PlacedAdoption, PrevPerm, Missing, SWEpisodes.</summary>
    public string Name { get; }

    /// <summary>The file name the DfE's tool and the samples use (episodes.csv).</summary>
    public string FileName { get; }

    public IReadOnlyList<Ssda903Column> Columns { get; }

    /// <summary>The column's position, or -1.</summary>
    public int IndexOf(string column) => _indexes.TryGetValue(column, out int index) ? index : -1;
}

/// <summary>
/// The SSDA903 tables and code lists of each collection year, written from SSDA903_schema_2017.yml and the
/// diff files for later years. A schema file's year is the year the return is collected in, as for the CIN
/// census: SSDA903_schema_2024 is the 2023/24 return (<c>--year 2023</c>). Changes:
/// 2019 schema (2018/19): REC adds E45-E48 and drops E43, E44; REASON_PLACE_CHANGE adds CUSTOD.
/// 2022 schema (2021/22): OC3 ACTIV replaces F3, P3 with F4, P4, F5, P5.
/// 2024 schema (2023/24): the social worker episodes table (SWEpisodes).
/// 2025 schema (2024/25): SEX in Header and UASC coded M/F/U (was 1/2); PLACE adds K3 and drops H5, P2.
/// 2026 schema (2025/26): PLACE adds Z11-Z14.
/// </summary>
public static class Ssda903Schema
{
    private static readonly ConcurrentDictionary<int, Ssda903YearSchema> Years = new();

    /// <summary>The schema of a collection year; years before 2016/17 use the 2016/17 tables.</summary>
    public static Ssda903YearSchema For(CollectionYear year) =>
        Years.GetOrAdd(Math.Max(year.Year, 2016), y => Build(new CollectionYear(y)));

    /// <summary>The latest year whose changes are known; later years are read with its lists.</summary>
    public static readonly CollectionYear LastKnownYear = new(2025);

    /// <summary>Every table with its columns, whatever the year: used to recognise a file by its header.</summary>
    public static IReadOnlyList<Ssda903TableSchema> AllTables => For(LastKnownYear).Tables;

    private static Ssda903YearSchema Build(CollectionYear year)
    {
        int schema = year.CinSchemaYear;
        var yesNo = Codes("0", "1");
        var sex = schema >= 2025 ? Codes("M", "F", "U") : Codes("1", "2");
        var place = Codes(schema switch
        {
            >= 2026 => ["A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1", "Z11", "Z12", "Z13", "Z14"],
            2025 => ["A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1"],
            _ => ["A3", "A4", "A5", "A6", "H5", "K1", "K2", "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1"],
        });
        var rec = Codes(schema >= 2019
            ? ["X1", "E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45", "E46", "E47", "E48", "E5", "E6", "E7", "E9", "E14", "E15", "E16", "E17", "E8"]
            : ["X1", "E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E43", "E44", "E5", "E6", "E7", "E9", "E14", "E15", "E16", "E17", "E8"]);
        var placeChange = Codes(schema >= 2019
            ? ["CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE", "CUSTOD", "OTHER"]
            : ["CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE", "OTHER"]);
        var activ = Codes(schema >= 2022
            ? ["F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0"]
            : ["F1", "P1", "F2", "P2", "F3", "P3", "G4", "G5", "G6", "0"]);
        var ethnic = Codes("WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN",
            "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

        var child = new Ssda903Column("CHILD", Ssda903ColumnKind.Text, true);
        var dob = new Ssda903Column("DOB", Ssda903ColumnKind.Date, true);
        var tables = new List<Ssda903TableSchema>
        {
            new(Ssda903Table.Header, "Header", "header.csv",
            [
                child,
                new("SEX", Ssda903ColumnKind.Code, true, sex),
                dob,
                new("ETHNIC", Ssda903ColumnKind.Code, true, ethnic),
                new("UPN", Ssda903ColumnKind.Text, true),
                new("MOTHER", Ssda903ColumnKind.YesNo, false, yesNo),
                new("MC_DOB", Ssda903ColumnKind.Date, false),
            ]),
            new(Ssda903Table.Episodes, "Episodes", "episodes.csv",
            [
                child,
                new("DECOM", Ssda903ColumnKind.Date, true),
                new("RNE", Ssda903ColumnKind.Code, true, Codes("S", "L", "P", "T", "B", "U")),
                new("LS", Ssda903ColumnKind.Code, true, Codes("C1", "C2", "D1", "E1", "V2", "V3", "V4", "L1", "L2", "L3", "J1", "J2", "J3")),
                new("CIN", Ssda903ColumnKind.Code, true, Codes("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8")),
                new("PLACE", Ssda903ColumnKind.Code, true, place),
                new("PLACE_PROVIDER", Ssda903ColumnKind.Code, false, Codes("PR0", "PR1", "PR2", "PR3", "PR4", "PR5")),
                new("DEC", Ssda903ColumnKind.Date, false),
                new("REC", Ssda903ColumnKind.Code, false, rec),
                new("REASON_PLACE_CHANGE", Ssda903ColumnKind.Code, false, placeChange),
                new("HOME_POST", Ssda903ColumnKind.Text, false),
                new("PL_POST", Ssda903ColumnKind.Text, false),
                new("URN", Ssda903ColumnKind.Text, false),
            ]),
            new(Ssda903Table.Reviews, "Reviews", "reviews.csv",
            [
                child,
                dob,
                new("REVIEW", Ssda903ColumnKind.Date, true),
                new("REVIEW_CODE", Ssda903ColumnKind.Code, true, Codes("PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7")),
            ]),
            new(Ssda903Table.Uasc, "UASC", "uasc.csv",
            [
                child,
                new("SEX", Ssda903ColumnKind.Code, true, sex),
                dob,
                new("DUC", Ssda903ColumnKind.Date, false),
            ]),
            new(Ssda903Table.Oc2, "OC2", "oc2.csv",
            [
                child,
                dob,
                new("SDQ_SCORE", Ssda903ColumnKind.Integer, false, Min: 0, Max: 40),
                new("SDQ_REASON", Ssda903ColumnKind.Code, false, Codes("SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5")),
                new("CONVICTED", Ssda903ColumnKind.YesNo, false, yesNo),
                new("HEALTH_CHECK", Ssda903ColumnKind.YesNo, false, yesNo),
                new("IMMUNISATIONS", Ssda903ColumnKind.YesNo, false, yesNo),
                new("TEETH_CHECK", Ssda903ColumnKind.YesNo, false, yesNo),
                new("HEALTH_ASSESSMENT", Ssda903ColumnKind.YesNo, false, yesNo),
                new("SUBSTANCE_MISUSE", Ssda903ColumnKind.YesNo, false, yesNo),
                new("INTERVENTION_RECEIVED", Ssda903ColumnKind.YesNo, false, yesNo),
                new("INTERVENTION_OFFERED", Ssda903ColumnKind.YesNo, false, yesNo),
            ]),
            new(Ssda903Table.Oc3, "OC3", "oc3.csv",
            [
                child,
                dob,
                new("IN_TOUCH", Ssda903ColumnKind.Code, true, Codes("YES", "NO", "DIED", "REFU", "NREQ", "RHOM")),
                new("ACTIV", Ssda903ColumnKind.Code, true, activ),
                new("ACCOM", Ssda903ColumnKind.Code, true, Codes(
                    "B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2", "K1", "K2", "R1", "R2", "S1", "S2",
                    "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X1", "X2", "Y1", "Y2", "Z1", "Z2", "0")),
            ]),
            new(Ssda903Table.Ad1, "AD1", "ad1.csv",
            [
                child,
                dob,
                new("DATE_INT", Ssda903ColumnKind.Date, true),
                new("DATE_MATCH", Ssda903ColumnKind.Date, true),
                new("FOSTER_CARE", Ssda903ColumnKind.YesNo, true, yesNo),
                new("NB_ADOPTR", Ssda903ColumnKind.Integer, true),
                new("SEX_ADOPTR", Ssda903ColumnKind.Code, true, Codes("M1", "F1", "MM", "FF", "MF")),
                new("LS_ADOPTR", Ssda903ColumnKind.Code, true, Codes("L0", "L11", "L12", "L2", "L3", "L4")),
            ]),
            new(Ssda903Table.PlacedAdoption, "PlacedAdoption", "placed_for_adoption.csv",
            [
                child,
                dob,
                new("DATE_PLACED", Ssda903ColumnKind.Date, true),
                new("DATE_PLACED_CEASED", Ssda903ColumnKind.Date, false),
                new("REASON_PLACED_CEASED", Ssda903ColumnKind.Code, false, Codes("RD1", "RD2", "RD3", "RD4")),
            ]),
            new(Ssda903Table.PrevPerm, "PrevPerm", "previous_permanence.csv",
            [
                child,
                dob,
                new("PREV_PERM", Ssda903ColumnKind.Code, true, Codes("P1", "P2", "P3", "P4", "Z1")),
                new("LA_PERM", Ssda903ColumnKind.Text, false),
                new("DATE_PERM", Ssda903ColumnKind.PartialDate, false),
            ]),
            new(Ssda903Table.Missing, "Missing", "missing.csv",
            [
                child,
                dob,
                new("MISSING", Ssda903ColumnKind.Code, true, Codes("M", "A")),
                new("MIS_START", Ssda903ColumnKind.Date, true),
                new("MIS_END", Ssda903ColumnKind.Date, false),
            ]),
        };

        if (schema >= 2024)
        {
            tables.Add(new(Ssda903Table.SwEpisodes, "SWEpisodes", "sw_episodes.csv",
            [
                child,
                dob,
                new("SW_ID", Ssda903ColumnKind.Text, true),
                new("SW_DECOM", Ssda903ColumnKind.Date, true),
                new("SW_DEC", Ssda903ColumnKind.Date, false),
                new("SW_REASON", Ssda903ColumnKind.Code, false, Codes("MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN", "SWDIED", "OTHERS")),
            ]));
        }

        return new Ssda903YearSchema(year, tables);
    }

    private static CodeList Codes(params string[] codes) => new(codes);
}

/// <summary>The tables of one collection year.</summary>
public sealed class Ssda903YearSchema
{
    private readonly Ssda903TableSchema?[] _byTable;

    internal Ssda903YearSchema(CollectionYear year, IReadOnlyList<Ssda903TableSchema> tables)
    {
        Year = year;
        Tables = tables;
        _byTable = new Ssda903TableSchema?[Enum.GetValues<Ssda903Table>().Length];
        foreach (var table in tables)
        {
            _byTable[(int)table.Table] = table;
        }
    }

    public CollectionYear Year { get; }

    public IReadOnlyList<Ssda903TableSchema> Tables { get; }

    /// <summary>The table, or null when the year's return does not have it (SWEpisodes before 2023/24).</summary>
    public Ssda903TableSchema? this[Ssda903Table table] => _byTable[(int)table];
}
