using System.Collections.Concurrent;
using System.Collections.Frozen;
using OpenCsc.Codes;

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
/// The SSDA903 tables of each collection year, written from SSDA903_schema_2017.yml and the diff files for later
/// years; each coded column takes its year's codes from the catalogue (<see cref="OpenCsc.Codes"/>), where the
/// changes below are recorded as the years each code is valid for. A schema file's year is the year the return is
/// collected in, as for the CIN
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
    public static readonly CollectionYear LastKnownYear = Catalogue.LatestKnownYear;

    /// <summary>Every table with its columns, whatever the year: used to recognise a file by its header.</summary>
    public static IReadOnlyList<Ssda903TableSchema> AllTables => For(LastKnownYear).Tables;

    private static Ssda903YearSchema Build(CollectionYear year)
    {
        int schema = year.CinSchemaYear;
        var yesNo = YesNoCodes.Codes.ForYear(year);
        var sex = Sexes.Ssda903For(year);
        var ethnic = Ethnicities.Codes.ForYear(year);

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
                new("RNE", Ssda903ColumnKind.Code, true, ReasonsForNewEpisode.Codes.ForYear(year)),
                new("LS", Ssda903ColumnKind.Code, true, LegalStatuses.Codes.ForYear(year)),
                new("CIN", Ssda903ColumnKind.Code, true, PrimaryNeeds.CategoryOfNeed.ForYear(year)),
                new("PLACE", Ssda903ColumnKind.Code, true, PlacementTypes.Codes.ForYear(year)),
                new("PLACE_PROVIDER", Ssda903ColumnKind.Code, false, PlacementProviders.Codes.ForYear(year)),
                new("DEC", Ssda903ColumnKind.Date, false),
                new("REC", Ssda903ColumnKind.Code, false, ReasonsEpisodeCeased.Codes.ForYear(year)),
                new("REASON_PLACE_CHANGE", Ssda903ColumnKind.Code, false, ReasonsForPlacementChange.Codes.ForYear(year)),
                new("HOME_POST", Ssda903ColumnKind.Text, false),
                new("PL_POST", Ssda903ColumnKind.Text, false),
                new("URN", Ssda903ColumnKind.Text, false),
            ]),
            new(Ssda903Table.Reviews, "Reviews", "reviews.csv",
            [
                child,
                dob,
                new("REVIEW", Ssda903ColumnKind.Date, true),
                new("REVIEW_CODE", Ssda903ColumnKind.Code, true, ParticipationCodes.Codes.ForYear(year)),
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
                new("SDQ_REASON", Ssda903ColumnKind.Code, false, SdqReasons.Codes.ForYear(year)),
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
                new("IN_TOUCH", Ssda903ColumnKind.Code, true, CareLeaverCodes.InTouch.ForYear(year)),
                new("ACTIV", Ssda903ColumnKind.Code, true, CareLeaverCodes.Activity.ForYear(year)),
                new("ACCOM", Ssda903ColumnKind.Code, true, CareLeaverCodes.AccommodationReturned.ForYear(year)),
            ]),
            new(Ssda903Table.Ad1, "AD1", "ad1.csv",
            [
                child,
                dob,
                new("DATE_INT", Ssda903ColumnKind.Date, true),
                new("DATE_MATCH", Ssda903ColumnKind.Date, true),
                new("FOSTER_CARE", Ssda903ColumnKind.YesNo, true, yesNo),
                new("NB_ADOPTR", Ssda903ColumnKind.Integer, true),
                new("SEX_ADOPTR", Ssda903ColumnKind.Code, true, AdopterCodes.Sex.ForYear(year)),
                new("LS_ADOPTR", Ssda903ColumnKind.Code, true, AdopterCodes.LegalStatus.ForYear(year)),
            ]),
            new(Ssda903Table.PlacedAdoption, "PlacedAdoption", "placed_for_adoption.csv",
            [
                child,
                dob,
                new("DATE_PLACED", Ssda903ColumnKind.Date, true),
                new("DATE_PLACED_CEASED", Ssda903ColumnKind.Date, false),
                new("REASON_PLACED_CEASED", Ssda903ColumnKind.Code, false, ReasonsNoLongerPlacedForAdoption.Codes.ForYear(year)),
            ]),
            new(Ssda903Table.PrevPerm, "PrevPerm", "previous_permanence.csv",
            [
                child,
                dob,
                new("PREV_PERM", Ssda903ColumnKind.Code, true, PreviousPermanenceCodes.Codes.ForYear(year)),
                new("LA_PERM", Ssda903ColumnKind.Text, false),
                new("DATE_PERM", Ssda903ColumnKind.PartialDate, false),
            ]),
            new(Ssda903Table.Missing, "Missing", "missing.csv",
            [
                child,
                dob,
                new("MISSING", Ssda903ColumnKind.Code, true, MissingTypes.Codes.ForYear(year)),
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
                new("SW_REASON", Ssda903ColumnKind.Code, false, SocialWorkerChangeReasons.Codes.ForYear(year)),
            ]));
        }

        return new Ssda903YearSchema(year, tables);
    }
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
