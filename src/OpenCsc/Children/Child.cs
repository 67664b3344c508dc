using OpenCsc.Data;

namespace OpenCsc.Children;

/// <summary>
/// A child known to children's social care. Identifiers and characteristics are those the CIN census,
/// the SSDA903 return and Ofsted's Annex A carry.
/// </summary>
public class Child : Entity
{
    /// <summary>The local authority's own child identifier (CIN LAchildID, SSDA903 CHILD).</summary>
    /// <summary>
    /// Restricted (a staff member's relative, an adoption): only the people named on the record (<see cref="OpenCsc.Accounts.ChildAccessGrant"/>)
    /// see it, whatever their role.
    /// </summary>
    public bool IsRestricted { get; set; }

    public string LaChildId { get; set; } = "";

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    /// <summary>Unique Pupil Number (13 characters).</summary>
    public string? Upn { get; set; }

    public string? FormerUpn { get; set; }

    /// <summary>UN1-UN10 when the UPN is not known.</summary>
    public string? UpnUnknownReason { get; set; }

    public string? NhsNumber { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    /// <summary>For an unborn child.</summary>
    public DateOnly? ExpectedDateOfBirth { get; set; }

    /// <summary>M, F or U (the DfE's sex codes from 2025).</summary>
    public string Sex { get; set; } = "U";

    /// <summary>Gender as recorded locally (free text; the CIN census GenderCurrent codes 0/1/2/9 before 2025).</summary>
    public string? Gender { get; set; }

    /// <summary>DfE ethnicity code (WBRI, BAFR, ..., REFU, NOBT).</summary>
    public string Ethnicity { get; set; } = "NOBT";

    public DateOnly? DateOfDeath { get; set; }

    public bool IsUasc { get; set; }

    /// <summary>Date the child ceased to be an unaccompanied asylum-seeking child (SSDA903 DUC).</summary>
    public DateOnly? UascCeasedDate { get; set; }

    public string? HomePostcode { get; set; }

    /// <summary>Lower layer super output area of the home address (deprivation analysis).</summary>
    public string? Lsoa { get; set; }

    /// <summary>The child is herself a mother (SSDA903 MOTHER).</summary>
    public bool? IsMother { get; set; }

    /// <summary>Date of birth of the mother's child (SSDA903 MC_DOB).</summary>
    public DateOnly? MothersChildDateOfBirth { get; set; }

    /// <summary>The child's mother when she is also known to the service.</summary>
    public long? MotherId { get; set; }

    public Child? Mother { get; set; }

    public List<ChildDisability> Disabilities { get; set; } = [];

    public string FullName => $"{FirstName} {LastName}";
}
