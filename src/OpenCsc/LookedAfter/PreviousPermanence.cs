using OpenCsc.Children;
using OpenCsc.Data;

namespace OpenCsc.LookedAfter;

/// <summary>
/// A permanence order the child had before this period of care (SSDA903 PrevPerm). The DfE allows
/// parts of DATE_PERM to be unknown ("zz/zz/2010"), so the date is kept as written.
/// </summary>
public class PreviousPermanence : Entity
{
    public long ChildId { get; set; }

    public Child? Child { get; set; }

    /// <summary>PREV_PERM: P1, P2, P3, P4, Z1.</summary>
    public string PreviousPermanenceCode { get; set; } = "";

    /// <summary>LA_PERM: the local authority code that made the order, where known.</summary>
    public string? LocalAuthority { get; set; }

    /// <summary>DATE_PERM as written: dd/mm/YYYY, possibly with zz for unknown parts.</summary>
    public string? DateOfPermanence { get; set; }
}
