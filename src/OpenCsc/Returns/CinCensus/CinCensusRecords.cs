namespace OpenCsc.Returns.CinCensus;

/// <summary>The CIN census message header (CollectionDetails and the first Source), values as written.</summary>
public sealed record CinCensusFile
{
    /// <summary>"CIN".</summary>
    public string? Collection { get; init; }

    /// <summary>The census year (xs:gYear), e.g. 2026 for the 2025/26 collection.</summary>
    public int? Year { get; init; }

    /// <summary>The census reference date, 31 March at the end of the collection year.</summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>"L".</summary>
    public string? SourceLevel { get; init; }

    /// <summary>The three-digit local authority code.</summary>
    public string? Lea { get; init; }

    public string? SoftwareCode { get; init; }

    public string? Release { get; init; }

    public string? SerialNo { get; init; }

    public DateTimeOffset? DateTime { get; init; }

    /// <summary>A header as the DfE expects it for the year: Year, ReferenceDate 31 March, source level L.</summary>
    public static CinCensusFile For(CollectionYear year, string lea) => new()
    {
        Collection = "CIN",
        Year = year.CinSchemaYear,
        ReferenceDate = year.End,
        SourceLevel = "L",
        Lea = lea,
    };
}

public sealed record CinCensusChild
{
    public required string LaChildId { get; init; }

    public string? Upn { get; init; }

    public string? FormerUpn { get; init; }

    /// <summary>UN1..UN7.</summary>
    public string? UpnUnknown { get; init; }

    public DateOnly? PersonBirthDate { get; init; }

    public DateOnly? ExpectedPersonBirthDate { get; init; }

    /// <summary>
    /// The code as written: Sex M/F/U from 2024/25, GenderCurrent 1/2/0/9 before. The writer converts to the
    /// coding of the year it writes.
    /// </summary>
    public required string Sex { get; init; }

    public DateOnly? PersonDeathDate { get; init; }

    public required string Ethnicity { get; init; }

    /// <summary>Disability codes (NONE, MOB, HAND, ...); empty when the file has no Disabilities element.</summary>
    public EquatableList<string> Disabilities { get; init; } = EquatableList<string>.Empty;

    /// <summary>The CINdetails elements: one per episode of need.</summary>
    public EquatableList<CinCensusEpisode> Episodes { get; init; } = EquatableList<CinCensusEpisode>.Empty;
}

/// <summary>One CINdetails element: a referral and the episode of need that follows it.</summary>
public sealed record CinCensusEpisode
{
    public required DateOnly ReferralDate { get; init; }

    public required string ReferralSource { get; init; }

    public string? PrimaryNeedCode { get; init; }

    public DateOnly? ClosureDate { get; init; }

    public string? ReasonForClosure { get; init; }

    public DateOnly? DateOfInitialCpc { get; init; }

    public required bool ReferralNfa { get; init; }

    public EquatableList<CinCensusAssessment> Assessments { get; init; } = EquatableList<CinCensusAssessment>.Empty;

    public EquatableList<CinCensusPlan> CinPlans { get; init; } = EquatableList<CinCensusPlan>.Empty;

    public EquatableList<CinCensusSection47> Section47s { get; init; } = EquatableList<CinCensusSection47>.Empty;

    public EquatableList<CinCensusProtectionPlan> ChildProtectionPlans { get; init; } = EquatableList<CinCensusProtectionPlan>.Empty;
}

public sealed record CinCensusAssessment
{
    public required DateOnly ActualStartDate { get; init; }

    public DateOnly? InternalReviewDate { get; init; }

    public DateOnly? AuthorisationDate { get; init; }

    /// <summary>Factors identified at assessment (1A, 2B, ..., 24A).</summary>
    public EquatableList<string> Factors { get; init; } = EquatableList<string>.Empty;
}

/// <summary>One CINPlanDates element.</summary>
public sealed record CinCensusPlan
{
    public required DateOnly StartDate { get; init; }

    public DateOnly? EndDate { get; init; }
}

public sealed record CinCensusSection47
{
    public required DateOnly ActualStartDate { get; init; }

    public DateOnly? InitialCpcTarget { get; init; }

    public DateOnly? DateOfInitialCpc { get; init; }

    public required bool IcpcNotRequired { get; init; }
}

/// <summary>One ChildProtectionPlans element.</summary>
public sealed record CinCensusProtectionPlan
{
    public required DateOnly StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public required string InitialCategoryOfAbuse { get; init; }

    public required string LatestCategoryOfAbuse { get; init; }

    public required int NumberOfPreviousCpp { get; init; }

    public EquatableList<DateOnly> ReviewDates { get; init; } = EquatableList<DateOnly>.Empty;
}

/// <summary>A whole CIN census read all-or-nothing.</summary>
public sealed record CinCensus(
    CinCensusFile Header,
    CollectionYear Year,
    IReadOnlyList<CinCensusChild> Children,
    IReadOnlyList<ReturnProblem> Warnings);

public sealed record CinCensusReadOptions
{
    /// <summary>The collection year the file belongs to; by default the year its ReferenceDate falls in.</summary>
    public CollectionYear? Year { get; init; }

    /// <summary>
    /// Read the codes as this (earlier) year wrote them: e.g. a 2025/26 file still carrying GenderCurrent
    /// 1/2/0/9 read as 2023/24. The data keeps <see cref="Year"/>.
    /// </summary>
    public CollectionYear? TreatAsYear { get; init; }
}
