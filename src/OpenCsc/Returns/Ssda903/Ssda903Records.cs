namespace OpenCsc.Returns.Ssda903;

/// <summary>
/// A row of one SSDA903 table. Codes are kept as written (as strings); dates are dates; 0/1 columns are bools.
/// A blank required code is an empty string (the reader reports it).
/// </summary>
public abstract record Ssda903Record
{
    /// <summary>The child's LA identifier (CHILD; CHILDID in the XML).</summary>
    public required string Child { get; init; }

    public abstract Ssda903Table Table { get; }
}

public sealed record Ssda903Header : Ssda903Record
{
    public override Ssda903Table Table => Ssda903Table.Header;

    /// <summary>1/2 before 2024/25, M/F/U from then on.</summary>
    public required string Sex { get; init; }

    public required DateOnly Dob { get; init; }

    public required string Ethnic { get; init; }

    public required string Upn { get; init; }

    public bool? Mother { get; init; }

    public DateOnly? McDob { get; init; }
}

public sealed record Ssda903Episode : Ssda903Record
{
    public override Ssda903Table Table => Ssda903Table.Episodes;

    public required DateOnly Decom { get; init; }

    public required string Rne { get; init; }

    public required string Ls { get; init; }

    public required string Cin { get; init; }

    /// <summary>PLACE (PL in the XML).</summary>
    public required string Place { get; init; }

    public string? PlaceProvider { get; init; }

    public DateOnly? Dec { get; init; }

    public string? Rec { get; init; }

    public string? ReasonPlaceChange { get; init; }

    public string? HomePost { get; init; }

    public string? PlPost { get; init; }

    public string? Urn { get; init; }
}

public sealed record Ssda903Review : Ssda903Record
{
    public override Ssda903Table Table => Ssda903Table.Reviews;

    public required DateOnly Dob { get; init; }

    public required DateOnly Review { get; init; }

    public required string ReviewCode { get; init; }
}

public sealed record Ssda903Uasc : Ssda903Record
{
    public override Ssda903Table Table => Ssda903Table.Uasc;

    public required string Sex { get; init; }

    public required DateOnly Dob { get; init; }

    /// <summary>The date the child ceased to be (or will cease to be) an unaccompanied asylum-seeking child.</summary>
    public DateOnly? Duc { get; init; }
}

public sealed record Ssda903Oc2 : Ssda903Record
{
    public override Ssda903Table Table => Ssda903Table.Oc2;

    public required DateOnly Dob { get; init; }

    public int? SdqScore { get; init; }

    public string? SdqReason { get; init; }

    public bool? Convicted { get; init; }

    public bool? HealthCheck { get; init; }

    public bool? Immunisations { get; init; }

    public bool? TeethCheck { get; init; }

    public bool? HealthAssessment { get; init; }

    public bool? SubstanceMisuse { get; init; }

    public bool? InterventionReceived { get; init; }

    public bool? InterventionOffered { get; init; }
}

public sealed record Ssda903Oc3 : Ssda903Record
{
    public override Ssda903Table Table => Ssda903Table.Oc3;

    public required DateOnly Dob { get; init; }

    public required string InTouch { get; init; }

    public required string Activ { get; init; }

    public required string Accom { get; init; }
}

public sealed record Ssda903Ad1 : Ssda903Record
{
    public override Ssda903Table Table => Ssda903Table.Ad1;

    public required DateOnly Dob { get; init; }

    public required DateOnly DateInt { get; init; }

    public required DateOnly DateMatch { get; init; }

    public bool? FosterCare { get; init; }

    public int? NbAdoptr { get; init; }

    public required string SexAdoptr { get; init; }

    public required string LsAdoptr { get; init; }
}

public sealed record Ssda903PlacedAdoption : Ssda903Record
{
    public override Ssda903Table Table => Ssda903Table.PlacedAdoption;

    public required DateOnly Dob { get; init; }

    public required DateOnly DatePlaced { get; init; }

    public DateOnly? DatePlacedCeased { get; init; }

    public string? ReasonPlacedCeased { get; init; }
}

public sealed record Ssda903PrevPerm : Ssda903Record
{
    public override Ssda903Table Table => Ssda903Table.PrevPerm;

    public required DateOnly Dob { get; init; }

    public required string PrevPerm { get; init; }

    public string? LaPerm { get; init; }

    /// <summary>As written: dd/mm/YYYY with zz for an unknown day or month (zz/zz/2015).</summary>
    public string? DatePerm { get; init; }
}

public sealed record Ssda903Missing : Ssda903Record
{
    public override Ssda903Table Table => Ssda903Table.Missing;

    public required DateOnly Dob { get; init; }

    /// <summary>M missing, A away from placement without authorisation.</summary>
    public required string Missing { get; init; }

    public required DateOnly MisStart { get; init; }

    public DateOnly? MisEnd { get; init; }
}

/// <summary>A social worker episode (the DfE's SWEpisodes table, social_worker in the schema files), from 2023/24.</summary>
public sealed record Ssda903SwEpisode : Ssda903Record
{
    public override Ssda903Table Table => Ssda903Table.SwEpisodes;

    public required DateOnly Dob { get; init; }

    public required string SwId { get; init; }

    public required DateOnly SwDecom { get; init; }

    public DateOnly? SwDec { get; init; }

    public string? SwReason { get; init; }
}
