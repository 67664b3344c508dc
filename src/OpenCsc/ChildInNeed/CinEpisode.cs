using OpenCsc.Children;
using OpenCsc.Data;

namespace OpenCsc.ChildInNeed;

/// <summary>
/// A child in need episode, opened by a referral and closed with a reason RC1-RC9 (the CIN census's
/// CINdetails). Assessments, section 47 enquiries, CIN plans and CP plans hang off it.
/// </summary>
public class CinEpisode : Entity
{
    public long ChildId { get; set; }

    public Child? Child { get; set; }

    public DateOnly ReferralDate { get; set; }

    /// <summary>CIN census referral source: 1A-1D, 2A-2B, 3A-3F, 4, 5A-5D, 6, 7, 8, 9, 10.</summary>
    public string ReferralSource { get; set; } = "";

    /// <summary>Primary need N0-N9.</summary>
    public string? PrimaryNeedCode { get; set; }

    /// <summary>The referral led to no further action.</summary>
    public bool ReferralNfa { get; set; }

    public DateOnly? ClosureDate { get; set; }

    /// <summary>RC1-RC9.</summary>
    public string? ReasonForClosure { get; set; }

    public List<Assessment> Assessments { get; set; } = [];

    public List<CinPlan> CinPlans { get; set; } = [];
}
